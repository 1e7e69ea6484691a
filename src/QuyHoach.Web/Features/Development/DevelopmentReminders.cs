using QuyHoach.Data.Development;
using QuyHoach.Domain.Development;

namespace QuyHoach.Web.Features.Development;

/// <summary>One reminder: the cadre, the item, its due date, and whether it is past due.</summary>
public sealed record DevelopmentReminder(Guid EntryId, string FullName, string Content, DateOnly DueOn, bool Overdue)
{
    public string Text => $"{FullName}: {Content} (hạn {DueOn:dd/MM/yyyy}{(Overdue ? ", đã quá hạn" : "")})";

    public string Href => $"/phat-trien/{EntryId}";
}

/// <summary>
/// Nhắc việc của kế hoạch phát triển (R-USE-2): the open items of the reader's scope that are past due or fall due
/// within the rule set's reminder window (the rule set in force today), earliest first. Staff and leaders only.
/// </summary>
public sealed class DevelopmentReminders(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DevelopmentReminder>> HandleAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaff && !actor.IsLeader)
        {
            return [];
        }

        var today = VietnamTime.Today(clock);
        var days = (await PlanRules.ForAsync(db, null, today, cancellationToken).ConfigureAwait(false)).Development.ReminderDays;
        var until = today.AddDays(days);
        var units = (await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToList();
        var rows = await db.DevelopmentItems.AsNoTracking()
            .Where(i => units.Contains(i.OrganisationId) && i.Status == DevelopmentItemStatus.Open && i.DueOn <= until)
            .Join(db.Cadres, i => i.CadreId, c => c.Id, (i, c) => new { i.PlanEntryId, c.FullName, i.Content, i.DueOn })
            .OrderBy(x => x.DueOn).ThenBy(x => x.FullName).Take(200)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new DevelopmentReminder(r.PlanEntryId, r.FullName, r.Content, r.DueOn, DevelopmentDueRule.Overdue(r.DueOn, today))).ToList();
    }
}
