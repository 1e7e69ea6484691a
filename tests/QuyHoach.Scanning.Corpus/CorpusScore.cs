namespace QuyHoach.Scanning.Corpus;

/// <summary>How a scan of the corpus compares with the truth.</summary>
/// <param name="Sheets">Sheets and stray pages in the truth.</param>
/// <param name="Wrong">Read as valid or invalid but not as the truth says (or not found): the target is 0.</param>
/// <param name="Review">Sent to review.</param>
/// <param name="ReviewExpected">Sent to review as the truth expects (faint, corrected, write-in, other ballot, twice).</param>
/// <param name="ReviewUnneeded">Sent to review though the truth has a definite answer: the ≤ 2 % target.</param>
/// <param name="Definite">Sheets with a definite answer in the truth.</param>
/// <param name="Invalid">Invalid sheets in the truth.</param>
/// <param name="InvalidRecognised">Of those, read as invalid.</param>
/// <param name="Problems">One line per wrong or unneeded review, for the failure message.</param>
public sealed record CorpusScore(int Sheets, int Wrong, int Review, int ReviewExpected, int ReviewUnneeded, int Definite, int Invalid, int InvalidRecognised, IReadOnlyList<string> Problems)
{
    /// <summary>Compares <paramref name="results"/> with <paramref name="truth"/>, sheet by sheet (matched by their pages).</summary>
    public static CorpusScore Of(IReadOnlyList<TruthSheet> truth, IReadOnlyList<SheetResult> results)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(results);
        static string Key(IEnumerable<int> pages) => string.Join(',', pages.Order());
        var byPages = results.GroupBy(r => Key(r.Pages)).ToDictionary(g => g.Key, g => g.First());
        int wrong = 0, review = 0, expected = 0, unneeded = 0, invalid = 0, recognised = 0;
        var problems = new List<string>();
        foreach (var t in truth)
        {
            invalid += t.Expected == SheetOutcome.Invalid ? 1 : 0;
            if (!byPages.TryGetValue(Key(t.Pages), out var r))
            {
                wrong++;
                problems.Add($"{t.Scenario} @{t.Dpi} pages {Key(t.Pages)}: no result");
                continue;
            }

            if (r.Outcome == SheetOutcome.Review)
            {
                review++;
                if (t.Expected == SheetOutcome.Review)
                {
                    expected++;
                }
                else
                {
                    unneeded++;
                    problems.Add($"{t.Scenario} @{t.Dpi} pages {Key(t.Pages)}: review ({r.Reason}) {Measures(r)}");
                }

                continue;
            }

            recognised += t.Expected == SheetOutcome.Invalid && r.Outcome == SheetOutcome.Invalid ? 1 : 0;
            var linesDiffer = r.Outcome == SheetOutcome.Valid && !r.MarkedLines.ToHashSet().SetEquals(t.MarkedLines);
            if (r.Outcome != t.Expected || linesDiffer)
            {
                wrong++;
                problems.Add($"{t.Scenario} @{t.Dpi} pages {Key(t.Pages)}: read {r.Outcome}, expected {t.Expected} {Measures(r)}");
            }
        }

        var definite = truth.Count(t => t.Expected != SheetOutcome.Review);
        return new CorpusScore(truth.Count, wrong, review, expected, unneeded, definite, invalid, recognised, problems);
    }

    private static string Measures(SheetResult r) => string.Join(' ', r.Boxes.Select(b => $"[{b.Mark} d{b.Measure.Dark} g{b.Measure.Grey} s{b.Measure.Spill}]"));
}
