using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Scanning;

/// <summary>Kết quả quét một lần bỏ phiếu: the tally entry the scan makes and what awaits the committee.</summary>
/// <param name="BallotKey">The ballot.</param>
/// <param name="Entry">Counts and agree votes per line, in the form of a manual entry (<see cref="TallyEntrySheet"/>),
/// so the scan reconciles with a manual entry or a second scan like two manual entries (R-SECRET-1).</param>
/// <param name="PendingReview">Sheets still in the review queue that may be this ballot's: its own, and those of no known
/// ballot (a page whose code was not read, or whose fiducials were not found, may be one of its sheets or part of one);
/// the entry is final only at zero.</param>
public sealed record ScanTally(string BallotKey, TallyEntrySheet Entry, int PendingReview);

/// <summary>
/// Kiểm phiếu bằng máy quét: reads every page of an upload (in parallel, one page per core), assembles the sheets and
/// totals each ballot. Pure: files in, readings out; the caller stores nothing that links a sheet to a voter.
/// </summary>
public static class BallotScan
{
    /// <summary>Reads <paramref name="pages"/> against the <paramref name="layouts"/> of the count.</summary>
    public static IReadOnlyList<SheetResult> Read(IReadOnlyList<GreyImage> pages, IReadOnlyList<BallotLayout> layouts, VotingRules rules, int? degree = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(layouts);
        var byKey = layouts.ToDictionary(l => l.BallotKey, StringComparer.Ordinal);
        var readings = new PageReading[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = degree ?? Environment.ProcessorCount },
            i => readings[i] = PageReader.Read(pages[i], i, byKey));
        return SheetAssembler.Assemble(readings, byKey, rules);
    }

    /// <summary>The tally entry of <paramref name="layout"/>'s ballot from <paramref name="sheets"/>; sheets returned
    /// are those counted (valid and invalid), <paramref name="issued"/> comes from the conference. A page of no known
    /// ballot stays pending for every ballot, as the scan board counts it, so no unread sheet leaves an entry final.</summary>
    public static ScanTally Tally(BallotLayout layout, IReadOnlyList<SheetResult> sheets, int issued)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(sheets);
        var mine = sheets.Where(s => s.BallotKey == layout.BallotKey).ToList();
        var valid = mine.Where(s => s.Outcome == SheetOutcome.Valid).ToList();
        var invalid = mine.Count(s => s.Outcome == SheetOutcome.Invalid);
        var agree = layout.LineIds.ToDictionary(id => id, id => valid.Count(s => s.MarkedLines.Contains(id)), StringComparer.Ordinal);
        var pending = sheets.Count(s => s.Outcome == SheetOutcome.Review && (s.BallotKey is null || s.BallotKey == layout.BallotKey));
        return new ScanTally(layout.BallotKey, new TallyEntrySheet(issued, valid.Count + invalid, valid.Count, invalid, agree), pending);
    }
}
