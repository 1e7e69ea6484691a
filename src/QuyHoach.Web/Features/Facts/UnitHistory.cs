namespace QuyHoach.Web.Features.Facts;

/// <summary>
/// Lịch sử đơn vị (R-ORG-3, R-ORG-4): the one reading of where a cadre worked on a day when units merged, split or
/// were renamed since, and of where a carried plan entry came from.
/// </summary>
public static class UnitHistory
{
    /// <summary>
    /// Đơn vị công tác của cán bộ tại một ngày: the unit the first event after <paramref name="day"/> moved the cadre
    /// from, or the cadre's unit today when no event moved the cadre since; null for an unknown cadre.
    /// </summary>
    public static async Task<Guid?> CadreUnitOnAsync(QuyHoachDbContext db, Guid cadreId, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var moved = await db.Set<UnitEventCadre>().Where(c => c.CadreId == cadreId)
            .Join(db.UnitEvents, c => c.EventId, e => e.Id, (c, e) => new { c.FromOrganisationId, e.EffectiveOn })
            .Where(x => x.EffectiveOn > day).OrderBy(x => x.EffectiveOn).Select(x => (Guid?)x.FromOrganisationId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return moved ?? await db.Cadres.Where(c => c.Id == cadreId).Select(c => (Guid?)c.OrganisationId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Nguồn gốc of each carried entry among <paramref name="entryIds"/>: the unit it was carried from and the day it
    /// was carried (the event's date, the carried entry's first day). Entries not carried are absent.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, CarriedOrigin>> OriginsAsync(QuyHoachDbContext db, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.PlanEntries.Where(e => entryIds.Contains(e.Id) && e.CarriedFromId != null)
            .Join(db.PlanEntries, e => e.CarriedFromId, from => (Guid?)from.Id, (e, from) => new { e.Id, e.EffectiveFrom, from.OrganisationId })
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x.Id, x.EffectiveFrom, o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => new CarriedOrigin(r.Name, r.EffectiveFrom));
    }
}

/// <summary>Where a carried plan entry came from: the predecessor unit's name and the first day at the successor.</summary>
public sealed record CarriedOrigin(string UnitName, DateOnly CarriedOn);
