using System.Runtime.InteropServices;
using System.Security.Cryptography;
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
public sealed class QualityReader(ReadOnlyDb readOnly, ReportCache cache)
{
    /// <param name="keep">True: the facts are taken from ReportCache while the histories they are read from are
    /// unchanged and the snapshot holds the same people (a change to the plan's dates or to a round does not read 200,000
    /// rows of histories again); false (a list behind a figure): read.</param>
    public async Task<QualityFacts> ReadAsync(BenchSnapshot snapshot, CancellationToken cancellationToken, bool keep = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var planned = snapshot.Planned.Select(p => p.Person.Id).Distinct().ToList();
        var ids = snapshot.Holders.Select(h => h.Id).Concat(planned).Distinct().ToList();
        // Kept by the people they are for: the facts of other people (a cadre planned since) are another read.
        var key = BenchReader.PartKey(snapshot.Selection, $"quality:{PeopleKey(ids, planned)}");
        return await cache.GetAsync(readOnly.Context, key, () => ReadAsync(snapshot, ids, planned, cancellationToken), keep, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A digest of who the facts are for (every person, and which of them are planned: only they have items).</summary>
    /// <remarks>The ids sorted as 128-bit numbers, then hashed at once: any fixed order gives the same digest for the same
    /// people, and LINQ's sort of the 325,242 Guids of the national scope, field by field, took about 60 ms.</remarks>
    private static string PeopleKey(List<Guid> ids, List<Guid> planned)
    {
        // The people, a zero between (as the empty id), then the planned.
        var all = new UInt128[ids.Count + 1 + planned.Count];
        var people = all.AsSpan(0, ids.Count);
        var theirs = all.AsSpan(ids.Count + 1);
        MemoryMarshal.Cast<Guid, UInt128>(CollectionsMarshal.AsSpan(ids)).CopyTo(people);
        MemoryMarshal.Cast<Guid, UInt128>(CollectionsMarshal.AsSpan(planned)).CopyTo(theirs);
        people.Sort();
        theirs.Sort();
        return Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(all.AsSpan())));
    }

    private async Task<QualityFacts> ReadAsync(BenchSnapshot snapshot, List<Guid> ids, List<Guid> planned, CancellationToken cancellationToken)
    {
        var db = readOnly.Context;
        // By the people's ids alone: the read names the histories and not who holds a title, so a change to the registry
        // that leaves the same people keeps the facts. Only the ratings of the years the report shows (QualityReport.RatingYears before the report's year).
        var facts = await CadreFactsReader.ReadQualificationsAsync(db, ids, snapshot.AsOf, cancellationToken, snapshot.AsOf.Year - QualityReport.RatingYears).ConfigureAwait(false);
        var end = new DateTimeOffset(snapshot.AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
        var rows = await db.DevelopmentItems.AsNoTracking()
            .Where(i => planned.Contains(i.CadreId) && i.CreatedAt < end && (i.Status == DevelopmentItemStatus.Open || i.ClosedAt >= end))
            .Select(i => new { i.CadreId, i.PlanEntryId, i.Content, i.DueOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.ToLookup(r => r.CadreId, r => new OpenDevelopmentItem(r.CadreId, r.PlanEntryId, r.Content, r.DueOn, DevelopmentDueRule.Overdue(r.DueOn, snapshot.AsOf)));
        // Kept as the report counts them (QualityProfile): a third of the memory of the qualifications with their ratings.
        return new QualityFacts(facts.ToDictionary(f => f.Key, f => QualityProfile.Of(f.Value, snapshot.AsOf.Year)), items);
    }
}
