using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Features.Organisations;

/// <summary>The units of a checked event: those it ends and the existing ones it carries on into.</summary>
internal sealed record UnitEventUnits(IReadOnlyList<Organisation> Predecessors, IReadOnlyList<Organisation> Successors);

/// <summary>
/// What an event must be before anything is written (R-ORG-3), each refusal in Vietnamese: a date and its legal basis;
/// a merger ends one or more units into one, a split one unit into two or more, a rename one unit into a new name;
/// no unit ended twice or both ended and carried on into; no new district unit from 01/07/2025 (R-ORG-2); titles
/// mapped only from a predecessor to a successor.
/// </summary>
internal static class UnitEventCheck
{
    public const int MaxBasisLength = 300;

    public static async Task<Outcome<UnitEventUnits>> CheckAsync(QuyHoachDbContext db, PlanningActor actor, UnitEventRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Is(AppRoles.Admin) && !actor.IsStaff)
        {
            return Refusal.Forbidden("Chỉ quản trị hệ thống hoặc chuyên viên tổ chức được ghi nhận hợp nhất, chia tách, đổi tên đơn vị.");
        }

        if (request.EffectiveOn is not { } day)
        {
            return Refusal.BadInput("Hãy nhập ngày có hiệu lực dạng dd/MM/yyyy.");
        }

        if (string.IsNullOrWhiteSpace(request.Basis) || request.Basis.Trim().Length > MaxBasisLength)
        {
            return Refusal.BadInput($"Hãy nhập văn bản làm căn cứ (tối đa {MaxBasisLength} ký tự), ví dụ nghị quyết về sắp xếp đơn vị hành chính.");
        }

        var newName = string.IsNullOrWhiteSpace(request.NewUnitName) ? null : request.NewUnitName.Trim();
        var predecessorIds = request.PredecessorIds.Distinct().ToList();
        var successorIds = request.SuccessorIds.Distinct().ToList();
        var successorCount = successorIds.Count + (newName is null ? 0 : 1);
        var shape = request.Kind switch
        {
            UnitEventKind.Merge when predecessorIds.Count >= 1 && successorCount == 1 => null,
            UnitEventKind.Merge => "Hợp nhất, sáp nhập: chọn các đơn vị kết thúc và đúng một đơn vị kế thừa (có sẵn hoặc tạo mới).",
            UnitEventKind.Split when predecessorIds.Count == 1 && successorCount >= 2 => null,
            UnitEventKind.Split => "Chia tách: chọn một đơn vị kết thúc và từ hai đơn vị kế thừa trở lên.",
            UnitEventKind.Rename when predecessorIds.Count == 1 && successorIds.Count == 0 && newName is not null => null,
            UnitEventKind.Rename => "Đổi tên: chọn một đơn vị và nhập tên mới.",
            _ => "Hãy chọn loại sự kiện: hợp nhất, chia tách hoặc đổi tên.",
        };
        if (shape is not null)
        {
            return Refusal.BadInput(shape);
        }

        if (predecessorIds.Intersect(successorIds).Any())
        {
            return Refusal.BadInput("Một đơn vị không thể vừa kết thúc vừa là đơn vị kế thừa của cùng sự kiện.");
        }

        var all = predecessorIds.Concat(successorIds).ToList();
        var units = await db.Organisations.Where(o => all.Contains(o.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (units.Count != all.Count || !await InScopeAsync(db, actor, all, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound("Không tìm thấy đơn vị đã chọn trong phạm vi của bạn.");
        }

        var predecessors = predecessorIds.Select(id => units.Single(u => u.Id == id)).ToList();
        var successors = successorIds.Select(id => units.Single(u => u.Id == id)).ToList();
        if (predecessors.FirstOrDefault(p => p.EndedOn is not null) is { } ended)
        {
            return Refusal.Conflict($"{ended.Name} đã kết thúc từ ngày {PlanningLabels.Date(ended.EndedOn)}: không ghi nhận thêm sự kiện kết thúc đơn vị này.");
        }

        if (successors.FirstOrDefault(s => s.EndedOn is { } end && end <= day) is { } gone)
        {
            return Refusal.Conflict($"{gone.Name} đã kết thúc từ ngày {PlanningLabels.Date(gone.EndedOn)}: không thể là đơn vị kế thừa.");
        }

        if (day >= UnitGuard.TwoLevelsFrom && successors.FirstOrDefault(s => s.Level == OrganisationLevel.District) is { } district)
        {
            return Refusal.BadInput($"{district.Name} là đơn vị cấp huyện: từ ngày {PlanningLabels.Date(UnitGuard.TwoLevelsFrom)} không còn cấp huyện, đơn vị kế thừa phải là cấp tỉnh hoặc cấp xã (R-ORG-2).");
        }

        return await TitlesMapAsync(db, request, predecessorIds, successorIds, cancellationToken).ConfigureAwait(false)
            ? new UnitEventUnits(predecessors, successors)
            : Refusal.BadInput("Chức danh cũ phải thuộc đơn vị kết thúc và chức danh mới thuộc đơn vị kế thừa: hãy chọn lại.");
    }

    private static async Task<bool> InScopeAsync(QuyHoachDbContext db, PlanningActor actor, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (actor.Is(AppRoles.Admin))
        {
            return true;
        }

        foreach (var id in ids)
        {
            if (!await OrganisationScope.CoversAsync(db, actor.OrganisationId, id, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> TitlesMapAsync(QuyHoachDbContext db, UnitEventRequest request, List<Guid> predecessorIds, List<Guid> successorIds, CancellationToken cancellationToken)
    {
        var map = request.TitleMap ?? new Dictionary<Guid, Guid>();
        var ids = map.Keys.Concat(map.Values).Distinct().ToList();
        var owners = await db.Titles.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.OrganisationId, cancellationToken).ConfigureAwait(false);
        return map.All(pair => owners.TryGetValue(pair.Key, out var from) && predecessorIds.Contains(from)
            && owners.TryGetValue(pair.Value, out var to) && successorIds.Contains(to));
    }
}
