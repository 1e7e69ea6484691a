using System.Runtime.InteropServices;
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
        // Kept by the people they are for: the facts of other people (a cadre planned since) are another read.
        var key = BenchReader.PartKey(snapshot.Selection, $"quality:{PeopleKey(snapshot.Holders, planned)}");
        return await cache.GetAsync(readOnly.Context, key, () => ReadAsync(snapshot, [.. snapshot.Holders.Select(h => h.Id).Concat(planned).Distinct()], planned, cancellationToken), keep, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A digest of who the facts are for: the incumbents, and the planned (only they have items).</summary>
    /// <remarks>Each id mixed into two 64-bit lanes and summed, the planned with other constants: the same people give the
    /// same digest in any order, with no sort (a sort of the 325,242 ids of the national scope took 25–60 ms). Not a
    /// cryptographic digest: the ids are the database's, not chosen by a user; two sets differing by accident collide
    /// with a chance of about 2^-128.</remarks>
    private static string PeopleKey(IReadOnlyList<BenchHolder> holders, List<Guid> planned)
    {
        var (first, second) = (0UL, 0UL);
        foreach (var holder in holders)
        {
            Add(holder.Id, 0x9E3779B97F4A7C15UL);
        }

        foreach (var id in planned)
        {
            Add(id, 0xC2B2AE3D27D4EB4FUL);
        }

        return $"{holders.Count}:{planned.Count}:{first:x16}{second:x16}";

        void Add(Guid id, ulong salt)
        {
            Span<ulong> halves = stackalloc ulong[2];
            id.TryWriteBytes(MemoryMarshal.AsBytes(halves));
            first += Mix(halves[0] ^ salt) ^ Mix(halves[1] + salt);
            second += Mix(halves[1] ^ ~salt) + Mix(halves[0] * (salt | 1));
        }
    }

    /// <summary>MurmurHash3's 64-bit finaliser: every bit of the input moves about half the bits of the output.</summary>
    private static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= 0xFF51AFD7ED558CCDUL;
        value ^= value >> 33;
        value *= 0xC4CEB9FE1A85EC53UL;
        return value ^ (value >> 33);
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
