using QuyHoach.Data.Development;
using QuyHoach.Domain.Development;

namespace QuyHoach.Web.Features.Development;

/// <summary>A standard still unmet today: its name, the verdict's message, its rule and whether it bars appointment.</summary>
public sealed record UnmetStandardView(string Code, string Name, string Message, string RuleId, bool MustMeetBeforeAppointment);

/// <summary>One development item as pages and the API show it (the API's <c>status</c> is "open" or "done").</summary>
public sealed record DevelopmentItemView(
    Guid Id, string Kind, string KindName, string Content, DateOnly DueOn, string ResponsibleUnit, string? Post, DateOnly? StartsOn, DateOnly? EndsOn,
    [property: System.Text.Json.Serialization.JsonIgnore] DevelopmentItemStatus State, string StatusName, bool Overdue, bool DueSoon, DateOnly? EvidenceDate, string? EvidenceNumber, string? EvidenceFileName, string? RuleId)
{
    /// <summary>Còn mở: the item still waits for its evidence.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOpen => State == DevelopmentItemStatus.Open;

    /// <summary>The API's word for the state: "open" or "done".</summary>
    public string Status => IsOpen ? "open" : "done";
}

/// <summary>A choice of a picker: id and Vietnamese name.</summary>
public sealed record DevelopmentChoice(Guid Id, string Name);

/// <summary>Kế hoạch phát triển của một cán bộ trong quy hoạch.</summary>
public sealed record DevelopmentPlanView(
    Guid EntryId, string FullName, string TitleName, string Term, string DecisionNumber, DateOnly EffectiveFrom, DateOnly AppointableFrom,
    IReadOnlyList<UnmetStandardView> Unmet, IReadOnlyList<DevelopmentItemView> Items, bool MayChange,
    IReadOnlyList<DevelopmentChoice> Units, IReadOnlyList<DevelopmentChoice> Posts);

/// <summary>
/// Xem kế hoạch phát triển: the entry, the standards the verdict still finds unmet today (UnmetStandards: an obligation
/// disappears the day its item closes), the items with their due state, and the pickers of the forms (units and posts
/// in the reader's scope).
/// </summary>
public sealed class DevelopmentPlanQuery(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<DevelopmentPlanView>> HandleAsync(PlanningActor actor, Guid entryId, CancellationToken cancellationToken)
    {
        var loaded = await DevelopmentEntry.LoadAsync(db, actor, entryId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var plan = loaded.Value!;
        var today = VietnamTime.Today(clock);
        var unmet = await UnmetStandards.ForAsync(db, plan.Entry.CadreId, plan.Entry.TitleId, today, plan.RuleSet, cancellationToken).ConfigureAwait(false);
        var units = await UnitsAsync(actor, cancellationToken).ConfigureAwait(false);
        var unitIds = units.Select(u => u.Id).ToList();
        var posts = await db.Titles.AsNoTracking().Where(t => unitIds.Contains(t.OrganisationId)).Select(t => new { t.Id, t.Name, t.Rank }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.DevelopmentItems.AsNoTracking().Where(i => i.PlanEntryId == plan.Entry.Id).OrderBy(i => i.DueOn).ThenBy(i => i.CreatedAt)
            .Select(i => new { Item = i, Unit = db.Organisations.Where(o => o.Id == i.ResponsibleOrganisationId).Select(o => o.Name).First(), Post = db.Titles.Where(t => t.Id == i.TitleId).Select(t => t.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reminder = plan.RuleSet.Development.ReminderDays;
        return new DevelopmentPlanView(
            plan.Entry.Id, plan.Cadre.FullName, plan.Title.Name, plan.Term.Name, plan.Approval.Number, plan.Entry.EffectiveFrom, plan.Timeline.AppointableFrom,
            unmet.Select(u => new UnmetStandardView(u.Reason.Code, u.Standard.Name, u.Reason.Message, u.Standard.Basis.RuleId, u.Standard.MustMeetBeforeAppointment)).ToList(),
            items.Select(x => View(x.Item, x.Unit, x.Post, today, reminder)).ToList(),
            actor.IsStaff && plan.Entry.EndedOn is null,
            units,
            posts.OrderByDescending(p => p.Rank).ThenBy(p => p.Name, VietnameseNames.Order).Select(p => new DevelopmentChoice(p.Id, p.Name)).DistinctBy(p => p.Id).ToList());
    }

    /// <summary>The units of the actor's scope, by name (OrganisationScope).</summary>
    private async Task<List<DevelopmentChoice>> UnitsAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        var ids = (await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToList();
        var units = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return units.OrderBy(u => u.Name, VietnameseNames.Order).Select(u => new DevelopmentChoice(u.Id, u.Name)).ToList();
    }

    private static DevelopmentItemView View(DevelopmentItem i, string unit, string? post, DateOnly today, int reminderDays)
    {
        var open = i.Status == DevelopmentItemStatus.Open;
        return new DevelopmentItemView(
            i.Id, DevelopmentLabels.Code(i.Kind), DevelopmentLabels.Of(i.Kind), i.Content, i.DueOn, unit, post, i.StartsOn, i.EndsOn,
            i.Status, DevelopmentLabels.Of(i.Status),
            open && DevelopmentDueRule.Overdue(i.DueOn, today), open && DevelopmentDueRule.DueSoon(i.DueOn, today, reminderDays),
            i.EvidenceDate, i.EvidenceNumber, i.EvidenceFileName, i.RuleId);
    }
}
