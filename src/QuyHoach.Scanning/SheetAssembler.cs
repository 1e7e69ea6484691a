using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Scanning;

/// <summary>
/// Ghép trang thành phiếu: groups the read pages by ballot and sheet code (in upload order, so the first reading of a
/// page counts and a later one goes to review as seen twice); a sheet the same member's earlier uploads hold
/// (<see cref="EarlierSheet"/>) is completed by this upload's pages when it waits for exactly those pages, and is
/// otherwise seen twice; then judges each complete sheet: certain marks above
/// the quota make it invalid where the rule set says so (R-BAL-1) whatever else is on it; otherwise any uncertain box
/// or marked write-in line sends it to review; otherwise <see cref="BallotMarkingRule"/> decides.
/// </summary>
public static class SheetAssembler
{
    /// <summary>The sheets of <paramref name="pages"/>, given the sheets the same member's <paramref name="earlier"/>
    /// uploads of the count hold.</summary>
    public static IReadOnlyList<SheetResult> Assemble(IReadOnlyList<PageReading> pages, IReadOnlyDictionary<string, BallotLayout> layouts, VotingRules rules, IReadOnlyList<EarlierSheet>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(layouts);
        ArgumentNullException.ThrowIfNull(rules);
        var results = new List<SheetResult>();
        var sheets = new Dictionary<(string Key, string Sheet), SortedDictionary<int, PageReading>>();
        foreach (var page in pages.OrderBy(p => p.Index))
        {
            if (page.Problem is { } problem || page.Code is null)
            {
                results.Add(new SheetResult(page.Code?.BallotKey, [page.Index], [], SheetOutcome.Review, page.Problem ?? ReviewReason.NoCode, 0));
                continue;
            }

            var key = (page.Code.BallotKey, page.Code.SheetCode);
            if (!sheets.TryGetValue(key, out var sheet))
            {
                sheets[key] = sheet = [];
            }

            if (!sheet.TryAdd(page.Code.Page, page))
            {
                results.Add(new SheetResult(page.Code.BallotKey, [page.Index], [], SheetOutcome.Review, ReviewReason.SeenTwice, 0));
            }
        }

        var before = (earlier ?? []).ToLookup(e => (e.BallotKey, e.SheetCode));
        foreach (var ((ballot, code), sheet) in sheets)
        {
            var layout = layouts[ballot];
            var indexes = sheet.Values.Select(p => p.Index).ToList();
            var boxes = sheet.Values.SelectMany(p => p.Boxes).ToList();
            var held = before[(ballot, code)].ToList();
            if (held.Count > 0 && (held.Count > 1 || !held[0].Pending || held[0].SheetPages.Any(sheet.ContainsKey)))
            {
                results.Add(new SheetResult(ballot, indexes, boxes, SheetOutcome.Review, ReviewReason.SeenTwice, 0));
                continue;
            }

            var joined = held.SingleOrDefault();
            var all = joined is null ? boxes : [.. joined.Boxes.Concat(boxes).OrderBy(b => b.Page)];
            var count = sheet.Count + (joined?.SheetPages.Count ?? 0);
            results.Add((count < layout.Pages.Count
                ? new SheetResult(ballot, indexes, all, SheetOutcome.Review, ReviewReason.MissingPage, 0)
                : Judge(ballot, indexes, all, layout.Quota, rules)) with
            { Joined = joined });
        }

        return [.. results.OrderBy(r => r.Pages[0])];
    }

    private static SheetResult Judge(string ballot, List<int> pages, List<BoxReading> boxes, int quota, VotingRules rules)
    {
        var marked = boxes.Count(b => b.Mark == BoxMark.Marked);
        if (marked > quota && BallotMarkingRule.Judge(marked, quota, rules) == SheetValidity.Invalid)
        {
            return new SheetResult(ballot, pages, boxes, SheetOutcome.Invalid, null, marked);
        }

        if (boxes.Any(b => b.Mark == BoxMark.Uncertain))
        {
            return new SheetResult(ballot, pages, boxes, SheetOutcome.Review, ReviewReason.UncertainMark, marked);
        }

        if (boxes.Any(b => b.LineId is null && b.Mark == BoxMark.Marked))
        {
            return new SheetResult(ballot, pages, boxes, SheetOutcome.Review, ReviewReason.WriteIn, marked);
        }

        return BallotMarkingRule.Judge(marked, quota, rules) switch
        {
            SheetValidity.Valid => new SheetResult(ballot, pages, boxes, SheetOutcome.Valid, null, marked),
            SheetValidity.Invalid => new SheetResult(ballot, pages, boxes, SheetOutcome.Invalid, null, marked),
            SheetValidity.CommitteeDecides => new SheetResult(ballot, pages, boxes, SheetOutcome.Review, ReviewReason.CommitteeDecides, marked),
        };
    }
}
