using System.Globalization;
using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Scanning;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Bench;

/// <summary>
/// <c>dotnet run -c Release -- ballots-count [sheets] [titles] [results-file] [runs] [title]</c>: the whole count of a key-cadre
/// conference (300 present, 10 titles by default): for each title, the stack of its <c>sheets</c> sheets marked by
/// ordinary voters (6 in 100 over the quota, 2 blank) and scanned at 200 dpi as one PDF of JPEG pages (skew, shift,
/// scale, noise, blur, 1 page in 25 upside down, shuffled). Then, timed, as the app does for an upload: each PDF
/// rasterised by pdftoppm, every page read on two threads, the sheets assembled and each title's tally entry made,
/// <c>runs</c> times (best and median, since the machine is shared). The first run is scored against the truth.
/// With <c>title</c> (from 0), only that title's stack is generated and counted, the same as in the whole count (its
/// marks and scans come from the title's own seed), to look at one title's problems without the others.
/// With <c>--corpus DIR</c> or <c>QH_BALLOTS_CORPUS=DIR</c> the PDFs and the truth are kept in DIR and reused by the
/// next run with the same parameters (<see cref="CorpusFolder"/>), so the count can be rerun alone; <c>runs</c> 0 only
/// generates (or checks) the corpus, and <c>-</c> as the results file prints without writing one.
/// </summary>
public static class BallotCountBench
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (kept, rest) = CorpusFolder.Take(args);
        args = rest;
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var (sheets, titles, runs) = (Arg(1, 300), Arg(2, 10), Arg(4, 3));
        var output = args.Length > 3 && args[3] != "-" ? args[3] : null;
        var rules = RuleSetCatalog.BuiltIn.Find("qd50")!.Voting;
        int? only = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : null;
        var papers = CorpusBallots.Conference(titles);
        var parameters = $"ballots-count sheets={sheets} titles={titles} dpi=200 seed=2026+title (CorpusBuilder.Stack, ScanPdf)";
        var all = papers.Select(BallotLayoutPlanner.Layout).ToList();
        var chosen = Enumerable.Range(0, papers.Count).Where(t => only is null || t == only).ToList();
        var manifest = kept is null ? null : CorpusFolder.Load(Directory.CreateDirectory(kept).FullName, parameters, all);

        // A kept corpus holds every title; one title alone (the last argument) without one is generated and dropped.
        var keep = manifest is null && kept is not null && only is null;
        var temporary = manifest is null && !keep;
        var folder = temporary ? Directory.CreateTempSubdirectory("qh-count-") : new DirectoryInfo(kept!);
        try
        {
            if (manifest is null)
            {
                var (truths, wall0, cpu0) = BenchRun.Timed(() => chosen.Select(t =>
                {
                    var stack = CorpusBuilder.Stack(papers[t], sheets, 200, seed: 2026 + t);
                    using var pdf = File.Create(Path.Combine(folder.FullName, FileOf(t)));
                    ScanPdf.Write(pdf, stack.Files, 200);
                    return stack.Truth;
                }).ToList());
                manifest = keep
                    ? CorpusFolder.Save(folder.FullName, parameters, all, [.. chosen.Select(FileOf)], truths, wall0, cpu0)
                    : new CorpusManifest(parameters, [], [], [.. truths.Select(u => u.Select(StoredTruth.Of).ToArray())], "", Math.Round(wall0.TotalSeconds, 1), Math.Round(cpu0.TotalSeconds, 1), BenchRun.LoadNow());
            }

            // The truth and PDF of each title counted, in title order (a kept corpus holds them all).
            var truth = chosen.Select((t, k) => CorpusFolder.Truth(manifest, manifest.Truth.Length == papers.Count ? t : k)).ToList();
            var layouts = chosen.Select(t => all[t]).ToList();
            var uploads = chosen.Select(t => Path.Combine(folder.FullName, FileOf(t))).ToList();
            var megabytes = uploads.Sum(f => new FileInfo(f).Length) / 1e6;
            var (generation, generationCpu) = (manifest.GenerationSeconds, manifest.GenerationCpuSeconds);
            Console.WriteLine($"{chosen.Count} PDFs of {sheets} sheets ({truth.Sum(s => s.Sum(t => t.Pages.Count))} pages, {megabytes:F0} MB) generated in {generation:F0} s ({generationCpu:F0} s CPU){(kept is null ? "" : $", kept in {kept}")}");
            if (runs == 0)
            {
                return 0;
            }

            var first = new List<IReadOnlyList<SheetResult>>();
            double rasterise = 0, read = 0;
            Console.WriteLine($"Counting the {chosen.Count} uploads {runs} times:");
            var (wall, cpu) = BenchRun.Repeat(runs, () =>
            {
                var record = first.Count == 0;
                foreach (var upload in uploads)
                {
                    var (pages, rasterWall, _) = BenchRun.Timed(() => ScanDecoder.Pages(File.ReadAllBytes(upload), 200));
                    var (results, readWall, _) = BenchRun.Timed(() => BallotScan.Read(pages, layouts, rules, degree: 2));
                    var tallies = layouts.Select(l => BallotScan.Tally(l, results, issued: sheets)).ToList();
                    if (record)
                    {
                        (rasterise, read) = (rasterise + rasterWall.TotalSeconds, read + readWall.TotalSeconds);
                        first.Add(results);
                    }
                }
            });

            var scores = truth.Select((sheetsOfTitle, t) => CorpusScore.Of(sheetsOfTitle, first[t])).ToList();
            var (wrong, review, unneeded, definite, invalid, recognised) = (scores.Sum(s => s.Wrong), scores.Sum(s => s.Review),
                scores.Sum(s => s.ReviewUnneeded), scores.Sum(s => s.Definite), scores.Sum(s => s.Invalid), scores.Sum(s => s.InvalidRecognised));
            var extra = scores.Sum(s => s.Extra);
            var total = sheets * chosen.Count;
            var report = new
            {
                date = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                machine = BenchRun.Machine(),
                command = $"cd bench/QuyHoach.Bench && {(kept is null ? "" : $"{CorpusFolder.Variable}={kept} ")}dotnet run -c Release -- ballots-count {sheets} {titles} <file> {runs}{(only is null ? "" : $" {only}")}",
                corpus = temporary ? "generated by this run and deleted" : $"kept in {kept} (manifest of {manifest.GeneratedAt})",
                titles = chosen.Count,
                sheetsPerTitle = sheets,
                sheets = total,
                pages = truth.Sum(s => s.Sum(t => t.Pages.Count)),
                uploadMegabytes = Math.Round(megabytes, 1),
                upload = "one PDF per title (the committee scans each title's stack), JPEG pages at 200 dpi; the app's path: ScanDecoder.Pages (pdfimages for a scanner's PDF), page reading on two threads, sheets assembled, tally entries",
                generationSeconds = generation,
                generationCpuSeconds = generationCpu,
                wholeCountSeconds = new { best = Math.Round(wall.Min(), 1), median = Math.Round(BenchRun.Median(wall), 1), runs = wall.Select(w => Math.Round(w, 1)) },
                wholeCountCpuSeconds = new { best = Math.Round(cpu.Min(), 1), median = Math.Round(BenchRun.Median(cpu), 1) },
                sheetsPerSecond = BenchRun.Rate(total, wall),
                firstRunRasteriseSeconds = Math.Round(rasterise, 1),
                firstRunReadSeconds = Math.Round(read, 1),
                readWrongly = wrong,
                sentToReview = review,
                reviewUnneeded = unneeded,
                definiteSheets = definite,
                invalidSheets = invalid,
                invalidRecognised = recognised,
                extraResults = extra,
                problems = scores.SelectMany(s => s.Problems).Take(30),
            };
            var markdown = $"Whole count, {chosen.Count} titles × {sheets} sheets at 200 dpi from PDF uploads to tally entries, {report.date}: " +
                $"best {wall.Min():F1} s, median {BenchRun.Median(wall):F1} s of {runs} runs ({total / wall.Min():F1} sheets/s at best), " +
                $"CPU {cpu.Min():F1} s; {wrong} read wrongly, {review} sent to review ({unneeded} unneeded = {BenchRun.Percent(unneeded, definite)}), {recognised} of {invalid} invalid recognised, {extra} results not exactly one sheet's pages. " +
                "Shared machine (load average in the JSON).\n";
            BenchRun.Write(report, output, markdown);
            return wrong == 0 && extra == 0 && recognised == invalid ? 0 : 1;
        }
        finally
        {
            if (temporary)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private static string FileOf(int title) => $"{title:00}.pdf";
}
