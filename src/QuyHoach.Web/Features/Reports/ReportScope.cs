using QuyHoach.Web.Features.Plans;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Reports;

/// <summary>One unit a report may be asked for, with its depth below the reader's own unit (for the picker's indent).</summary>
public sealed record ReportUnit(Guid Id, string Name, int Depth);

/// <summary>
/// Phạm vi và ngày của báo cáo: the day the plan and registry are read as they stood, the unit chosen (the reader's own
/// unit or any unit below it, OrganisationScope) and the units it covers (itself and every unit below it).
/// </summary>
public sealed record ReportSelection(DateOnly AsOf, Guid UnitId, IReadOnlyList<ReportUnit> Choices, IReadOnlyList<Guid> Units, IReadOnlyDictionary<Guid, string> UnitNames)
{
    public string UnitName => UnitNames[UnitId];

    /// <summary>The query string that asks for the same day and unit again ("ngay=…&amp;don-vi=…").</summary>
    public string Query => $"ngay={Uri.EscapeDataString(PlanningLabels.Date(AsOf))}&don-vi={UnitId}";
}

/// <summary>Reads the selection of a report: who may read reports (those who may read the plan, PlanAccess), the day and the unit.</summary>
public sealed class ReportScope(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ReportSelection>> ReadAsync(PlanningActor actor, string? asOfText, Guid? unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!PlanAccess.MayRead(actor))
        {
            return Refusal.Forbidden("Vai trò của bạn không được xem báo cáo quy hoạch.");
        }

        var asOf = VietnamTime.Today(clock);
        if (!string.IsNullOrWhiteSpace(asOfText))
        {
            if (!VietnameseDates.TryParseDate(asOfText, out asOf))
            {
                return Refusal.BadInput($"Ngày \"{asOfText.Trim()}\" không đúng dạng dd/MM/yyyy.");
            }
        }

        var scope = await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false);
        if (scope.Count == 0)
        {
            return Refusal.Forbidden("Tài khoản của bạn chưa được gán đơn vị nên chưa xem được báo cáo.");
        }

        var root = actor.OrganisationId!.Value;
        var chosen = unitId ?? root;
        if (!scope.Any(u => u.Id == chosen))
        {
            return Refusal.NotFound("Không tìm thấy đơn vị trong phạm vi của bạn.");
        }

        // The picker and the units covered, from the tree kept per version (names and outline walked once per version),
        // not read and sorted again on every request (4,455 units at province size).
        var tree = await OrganisationTree.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        var choices = tree.Outline(root).Select(u => new ReportUnit(u.Id, tree.Names[u.Id], u.Depth)).ToList();
        var units = tree.Outline(chosen).Select(u => u.Id).ToList();
        return new ReportSelection(asOf, chosen, choices, units, tree.Names);
    }
}
