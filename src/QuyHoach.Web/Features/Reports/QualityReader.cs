using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Development;
using QuyHoach.Domain.Development;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// Reads the <see cref="QualityFacts"/> of a snapshot through <see cref="ReadOnlyDb"/>: the qualifications of its incumbents
/// and planned cadres on the report's day (CadreFactsReader.ReadQualificationsAsync, the one reader of the registry's
/// histories, reading only the histories counted), and the development
/// items of the planned cadres open that day: created by its end and not yet closed then (R-USE-2). Nothing of ballots.
/// </summary>
public sealed class QualityReader(ReadOnlyDb readOnly)
{
    public async Task<QualityFacts> ReadAsync(BenchSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var db = readOnly.Context;
        var planned = snapshot.Planned.Select(p => p.Person.Id).Distinct().ToList();
        var ids = snapshot.Incumbents.Select(p => p.Id).Concat(planned).Distinct().ToList();
        // The histories are read for the holders of the scope's titles (BenchReader's own subquery) and the planned cadres.
        var among = BenchReader.HoldersOf(db, snapshot.Titles.Select(t => t.Id).ToList(), snapshot.AsOf, IncumbentsRead.All).Union(IdRows.Of(db, planned));
        // Only the ratings of the years the report shows (QualityReport.RatingYears before the report's year).
        var facts = await CadreFactsReader.ReadQualificationsAsync(db, ids, among, snapshot.AsOf, cancellationToken, snapshot.AsOf.Year - QualityReport.RatingYears).ConfigureAwait(false);
        var end = new DateTimeOffset(snapshot.AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
        var rows = await db.DevelopmentItems.AsNoTracking()
            .Where(i => planned.Contains(i.CadreId) && i.CreatedAt < end && (i.Status == DevelopmentItemStatus.Open || i.ClosedAt >= end))
            .Select(i => new { i.CadreId, i.PlanEntryId, i.Content, i.DueOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.ToLookup(r => r.CadreId, r => new OpenDevelopmentItem(r.CadreId, r.PlanEntryId, r.Content, r.DueOn, DevelopmentDueRule.Overdue(r.DueOn, snapshot.AsOf)));
        return new QualityFacts(facts, items);
    }
}
