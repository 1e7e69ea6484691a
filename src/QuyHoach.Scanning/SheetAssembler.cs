using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Scanning;

/// <summary>
/// Ghép trang thành phiếu: groups the read pages by ballot and sheet code (in upload order, so the first reading of a
/// page counts and a later one goes to review as seen twice), then judges each complete sheet: certain marks above
/// the quota make it invalid where the rule set says so (R-BAL-1) whatever else is on it; otherwise any uncertain box
/// or marked write-in line sends it to review; otherwise <see cref="BallotMarkingRule"/> decides.
/// </summary>
public static class SheetAssembler
{
    /// <summary>The sheets of <paramref name="pages"/>.</summary>
    public static IReadOnlyList<SheetResult> Assemble(IReadOnlyList<PageReading> pages, IReadOnlyDictionary<string, BallotLayout> layouts, VotingRules rules)
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

        foreach (var ((ballot, _), sheet) in sheets)
        {
            var layout = layouts[ballot];
            var indexes = sheet.Values.Select(p => p.Index).ToList();
            var boxes = sheet.Values.SelectMany(p => p.Boxes).ToList();
            results.Add(sheet.Count < layout.Pages.Count
                ? new SheetResult(ballot, indexes, boxes, SheetOutcome.Review, ReviewReason.MissingPage, 0)
                : Judge(ballot, indexes, boxes, layout.Quota, rules));
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
