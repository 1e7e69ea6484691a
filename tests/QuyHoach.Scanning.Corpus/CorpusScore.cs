namespace QuyHoach.Scanning.Corpus;

/// <summary>How a scan of the corpus compares with the truth.</summary>
/// <param name="Sheets">Sheets and stray pages in the truth.</param>
/// <param name="Wrong">Read as valid or invalid but not as the truth says, or not found, or split or joined with
/// another sheet's pages into a result that counts: the target is 0.</param>
/// <param name="Review">Sent to review (whole, or split into results that all go to review).</param>
/// <param name="ReviewExpected">Sent to review as the truth expects (faint, corrected, write-in, other ballot, twice).</param>
/// <param name="ReviewUnneeded">Sent to review though the truth has a definite answer: the ≤ 2 % target.</param>
/// <param name="Definite">Sheets with a definite answer in the truth.</param>
/// <param name="Invalid">Invalid sheets in the truth.</param>
/// <param name="InvalidRecognised">Of those, read as invalid.</param>
/// <param name="Extra">Results holding pages of these sheets but not exactly one sheet's pages (a part of a sheet, or
/// pages of several): each is a problem, so a split or joined sheet cannot hide.</param>
/// <param name="Problems">One line per wrong or unneeded review and per extra result, for the failure message.</param>
public sealed record CorpusScore(int Sheets, int Wrong, int Review, int ReviewExpected, int ReviewUnneeded, int Definite, int Invalid, int InvalidRecognised, int Extra, IReadOnlyList<string> Problems)
{
    /// <summary>Compares <paramref name="results"/> with <paramref name="truth"/>, sheet by sheet (matched by their
    /// pages); results touching none of the truth's pages are ignored (so a group of the truth can be scored).</summary>
    public static CorpusScore Of(IReadOnlyList<TruthSheet> truth, IReadOnlyList<SheetResult> results)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(results);
        var byPages = results.GroupBy(r => Key(r.Pages)).ToDictionary(g => g.Key, g => g.First());
        var byPage = results.SelectMany(r => r.Pages.Select(p => (p, r))).ToLookup(x => x.p, x => x.r);
        int wrong = 0, review = 0, expected = 0, unneeded = 0, invalid = 0, recognised = 0;
        var problems = new List<string>();
        void Reviewed(TruthSheet t, string why)
        {
            review++;
            if (t.Expected == SheetOutcome.Review)
            {
                expected++;
            }
            else
            {
                unneeded++;
                problems.Add($"{t.Scenario} @{t.Dpi} pages {Key(t.Pages)}: {why}");
            }
        }

        foreach (var t in truth)
        {
            invalid += t.Expected == SheetOutcome.Invalid ? 1 : 0;
            if (!byPages.TryGetValue(Key(t.Pages), out var r))
            {
                var parts = t.Pages.SelectMany(p => byPage[p]).Distinct().ToList();
                var described = string.Join("; ", parts.Select(Describe));
                if (parts.Count > 0 && parts.All(p => p.Outcome == SheetOutcome.Review))
                {
                    Reviewed(t, $"split into reviews: {described}");
                }
                else
                {
                    wrong++;
                    problems.Add($"{t.Scenario} @{t.Dpi} pages {Key(t.Pages)}: no result with its pages ({(parts.Count == 0 ? "none" : described)})");
                }

                continue;
            }

            if (r.Outcome == SheetOutcome.Review)
            {
                Reviewed(t, $"review ({r.Reason}) {Measures(r)}");
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

        var sheets = truth.Select(t => Key(t.Pages)).ToHashSet(StringComparer.Ordinal);
        var touched = truth.SelectMany(t => t.Pages).ToHashSet();
        var extra = results.Where(r => r.Pages.Any(touched.Contains) && !sheets.Contains(Key(r.Pages))).ToList();
        problems.AddRange(extra.Select(r => $"extra result {Describe(r)}"));
        var definite = truth.Count(t => t.Expected != SheetOutcome.Review);
        return new CorpusScore(truth.Count, wrong, review, expected, unneeded, definite, invalid, recognised, extra.Count, problems);
    }

    private static string Key(IEnumerable<int> pages) => string.Join(',', pages.Order());

    private static string Describe(SheetResult r) => $"pages {Key(r.Pages)} {r.Outcome}{(r.Reason is { } why ? $" ({why})" : "")}";

    private static string Measures(SheetResult r) => string.Join(' ', r.Boxes.Select(b => $"[{b.Mark} d{b.Measure.Dark} g{b.Measure.Grey} s{b.Measure.Spill}]"));
}
