using QuyHoach.Data.Development;

namespace QuyHoach.Web.Features.Development;

/// <summary>One planned cadre of the list: the entry, who and for what, and how many items are open or past due.</summary>
public sealed record DevelopmentHomeLine(Guid EntryId, string FullName, string TitleName, int Open, int Overdue);

/// <summary>Cán bộ trong quy hoạch và kế hoạch phát triển: the entries holding today in the reader's scope, by name.</summary>
public sealed class DevelopmentHome(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<DevelopmentHomeLine>>> HandleAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!DevelopmentEntry.MayRead(actor))
        {
            return DevelopmentEntry.ReadOnly;
        }

        var today = VietnamTime.Today(clock);
        var units = (await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToList();
        var held = await PlanQueries.HeldOnAsync(db, today, q => q.Where(e => units.Contains(e.OrganisationId)), cancellationToken).ConfigureAwait(false);
        var cadreIds = held.Select(h => h.Entry.CadreId).Distinct().ToList();
        var names = await db.Cadres.AsNoTracking().Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FullName, cancellationToken).ConfigureAwait(false);
        var open = await OpenDevelopmentItems.ForCadresAsync(db, cadreIds, today, cancellationToken).ConfigureAwait(false);
        return held.Select(h =>
            {
                var items = open[h.Entry.CadreId].Where(i => i.PlanEntryId == h.Entry.Id).ToList();
                return new DevelopmentHomeLine(h.Entry.Id, names[h.Entry.CadreId], h.Title.Name, items.Count, items.Count(i => i.Overdue));
            })
            .OrderBy(l => l.FullName, VietnameseNames.Order).ThenBy(l => l.TitleName, VietnameseNames.Order).ToList();
    }
}
