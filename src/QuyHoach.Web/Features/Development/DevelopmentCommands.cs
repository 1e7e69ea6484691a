using QuyHoach.Data.Development;
using QuyHoach.Domain.Development;

namespace QuyHoach.Web.Features.Development;

/// <summary>A training course, rotation or secondment the staff add: kind code, content, post, unit and dates.</summary>
public sealed record AddItemRequest(string? Kind, string? Content, Guid? TitleId, Guid? ResponsibleOrganisationId, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>
/// Lập kế hoạch phát triển (R-USE-2): generates one item per obligation of the verdict the rule set plans, due on the
/// rule set's date (DevelopmentDueRule), for the entry's unit; and adds the staff's own items. Both are idempotent:
/// one row per entry and key (a unique index), so generating twice or submitting twice adds nothing more.
/// </summary>
public sealed class DevelopmentCommands(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<int>> GenerateAsync(PlanningActor actor, Guid entryId, CancellationToken cancellationToken)
    {
        var loaded = await LoadForChangeAsync(actor, entryId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        return await GenerateForAsync(actor, loaded.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The items of a plan entry just approved (R-USE-2): generated with the approval, by the approving actor, so the
    /// plan exists without anyone asking; idempotent like <see cref="GenerateAsync"/>. Returns how many were added.
    /// </summary>
    internal async Task<int> GenerateOnApprovalAsync(PlanningActor actor, Guid entryId, CancellationToken cancellationToken)
    {
        var loaded = await DevelopmentEntry.LoadAsync(db, actor, entryId, cancellationToken).ConfigureAwait(false);
        return loaded.Value is { } plan ? (await GenerateForAsync(actor, plan, cancellationToken).ConfigureAwait(false)).Value : 0;
    }

    private async Task<Outcome<int>> GenerateForAsync(PlanningActor actor, DevelopmentEntry plan, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var unmet = await UnmetStandards.ForAsync(db, plan.Entry.CadreId, plan.Entry.TitleId, today, plan.RuleSet, cancellationToken).ConfigureAwait(false);
        var items = unmet.Select(u => New(actor, plan, DevelopmentItemKind.Obligation, $"obligation:{u.Reason.Code}", $"{u.Standard.Name}: {u.Reason.Message}") with
        {
            ObligationCode = u.Reason.Code,
            RuleId = u.Standard.Basis.RuleId,
            DueOn = DevelopmentDueRule.DueOn(u.Standard, plan.Timeline),
        });
        return await AddAsync(actor, plan, items.ToList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<int>> AddItemAsync(PlanningActor actor, Guid entryId, AddItemRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await LoadForChangeAsync(actor, entryId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var plan = loaded.Value!;
        if (DevelopmentLabels.ParseKind(request.Kind) is not { } kind)
        {
            return Refusal.BadInput("Hãy chọn loại việc: khóa đào tạo, bồi dưỡng; luân chuyển; hoặc biệt phái.");
        }

        if (request.StartsOn is not { } starts || request.EndsOn is not { } ends || ends < starts)
        {
            return Refusal.BadInput("Hãy nhập ngày bắt đầu và ngày kết thúc (dd/MM/yyyy); ngày kết thúc không trước ngày bắt đầu.");
        }

        if (request.ResponsibleOrganisationId is not { } unit || !await OrganisationScope.CoversAsync(db, actor.OrganisationId, unit, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.BadInput("Hãy chọn đơn vị chủ trì trong phạm vi của bạn.");
        }

        var content = VietnameseText.Clean(request.Content ?? "");
        string key;
        if (kind == DevelopmentItemKind.Training)
        {
            if (content.Length is 0 or > 500)
            {
                return Refusal.BadInput("Hãy nhập tên khóa đào tạo, bồi dưỡng (tối đa 500 ký tự).");
            }

            key = $"training:{VietnameseText.Fold(content)}:{starts:yyyy-MM-dd}";
        }
        else
        {
            var post = request.TitleId is { } titleId ? await db.Titles.AsNoTracking().SingleOrDefaultAsync(t => t.Id == titleId, cancellationToken).ConfigureAwait(false) : null;
            if (post is null || !await OrganisationScope.CoversAsync(db, actor.OrganisationId, post.OrganisationId, cancellationToken).ConfigureAwait(false))
            {
                return Refusal.BadInput("Hãy chọn vị trí (chức danh) luân chuyển, biệt phái đến trong phạm vi của bạn.");
            }

            content = $"{DevelopmentLabels.Of(kind)} đến vị trí {post.Name}{(content.Length == 0 ? "" : $" ({content})")}";
            key = $"{DevelopmentLabels.Code(kind)}:{post.Id}:{starts:yyyy-MM-dd}";
        }

        var item = New(actor, plan, kind, key, content.Length > 500 ? content[..500] : content) with
        {
            ResponsibleOrganisationId = unit,
            TitleId = kind == DevelopmentItemKind.Training ? null : request.TitleId,
            StartsOn = starts,
            EndsOn = ends,
            DueOn = ends,
        };
        return await AddAsync(actor, plan, [item], cancellationToken).ConfigureAwait(false);
    }

    private async Task<Outcome<DevelopmentEntry>> LoadForChangeAsync(PlanningActor actor, Guid entryId, CancellationToken cancellationToken)
    {
        var loaded = await DevelopmentEntry.LoadAsync(db, actor, entryId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var today = VietnamTime.Today(clock);
        var entry = loaded.Value!.Entry;
        return !actor.IsStaff ? DevelopmentEntry.StaffOnly
            : entry.EndedOn is { } ended && ended <= today ? Refusal.Conflict($"Cán bộ đã ra khỏi quy hoạch chức danh này từ ngày {ended:dd/MM/yyyy}: không lập thêm kế hoạch.")
            : loaded.Value;
    }

    private ItemDraft New(PlanningActor actor, DevelopmentEntry plan, DevelopmentItemKind kind, string key, string content) =>
        new(kind, key, content, null, null, default, plan.Entry.OrganisationId, null, null, null, actor.UserId, clock.GetUtcNow());

    /// <summary>Adds the drafts whose key is not there yet, audited, in one save; a concurrent twin is read back as added.</summary>
    private async Task<Outcome<int>> AddAsync(PlanningActor actor, DevelopmentEntry plan, List<ItemDraft> drafts, CancellationToken cancellationToken)
    {
        var keys = drafts.Select(d => d.Key).ToList();
        var existing = await db.DevelopmentItems.Where(i => i.PlanEntryId == plan.Entry.Id && keys.Contains(i.ItemKey)).Select(i => i.ItemKey).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = drafts.Where(d => !existing.Contains(d.Key)).Select(d => d.ToItem(plan)).ToList();
        if (added.Count == 0)
        {
            return 0;
        }

        db.DevelopmentItems.AddRange(added);
        PlanningAudit.Record(db, actor, AuditAction.DevelopmentItemsAdded, "plan_entry", plan.Entry.Id, plan.Entry.OrganisationId, after: new
        {
            Items = added.Select(i => new { i.Id, Kind = i.Kind.ToString(), i.ObligationCode, i.Content, i.DueOn, i.RuleId, i.TitleId, i.StartsOn, i.EndsOn }).ToList(),
        });
        return await db.SaveUnlessDuplicateAsync(cancellationToken).ConfigureAwait(false) ? added.Count : 0;
    }

    /// <summary>An item before it is keyed to its entry.</summary>
    private sealed record ItemDraft(
        DevelopmentItemKind Kind, string Key, string Content, string? ObligationCode, string? RuleId, DateOnly DueOn, Guid ResponsibleOrganisationId,
        Guid? TitleId, DateOnly? StartsOn, DateOnly? EndsOn, Guid CreatedBy, DateTimeOffset CreatedAt)
    {
        public DevelopmentItem ToItem(DevelopmentEntry plan) => new()
        {
            Id = Guid.CreateVersion7(),
            PlanEntryId = plan.Entry.Id,
            CadreId = plan.Entry.CadreId,
            OrganisationId = plan.Entry.OrganisationId,
            Kind = Kind,
            ItemKey = Key.Length > 400 ? Key[..400] : Key,
            ObligationCode = ObligationCode,
            Content = Content,
            RuleId = RuleId,
            DueOn = DueOn,
            ResponsibleOrganisationId = ResponsibleOrganisationId,
            TitleId = TitleId,
            StartsOn = StartsOn,
            EndsOn = EndsOn,
            Status = DevelopmentItemStatus.Open,
            CreatedByUserId = CreatedBy,
            CreatedAt = CreatedAt,
        };
    }
}
