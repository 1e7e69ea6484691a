using System.Globalization;
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
/// </summary>
public static class BallotCountBench
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var (sheets, titles, runs) = (Arg(1, 300), Arg(2, 10), Arg(4, 3));
        var output = args.Length > 3 ? args[3] : null;
        var rules = RuleSetCatalog.BuiltIn.Find("qd50")!.Voting;
        int? only = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : null;
        var papers = CorpusBallots.Conference(titles).Select((paper, t) => (paper, t)).Where(p => only is null || p.t == only).ToList();
        var keep = Environment.GetEnvironmentVariable("QH_BALLOTS_COUNT_DIR");
        var folder = keep is null ? Directory.CreateTempSubdirectory("qh-count-") : Directory.CreateDirectory(keep);
        try
        {
            var (truth, generation, generationCpu) = BenchRun.Timed(() => papers.Select(p =>
            {
                var (paper, t) = p;
                var stack = CorpusBuilder.Stack(paper, sheets, 200, seed: 2026 + t);
                using var pdf = File.Create(Path.Combine(folder.FullName, $"{t:00}.pdf"));
                ScanPdf.Write(pdf, stack.Files, 200);
                return stack;
            }).ToList());
            var layouts = truth.SelectMany(s => s.Layouts).ToList();
            var uploads = Directory.GetFiles(folder.FullName, "*.pdf").Order(StringComparer.Ordinal).ToList();
            var megabytes = uploads.Sum(f => new FileInfo(f).Length) / 1e6;
            Console.WriteLine($"{papers.Count} PDFs of {sheets} sheets ({truth.Sum(s => s.Files.Count)} pages, {megabytes:F0} MB) generated in {generation.TotalSeconds:F0} s ({generationCpu.TotalSeconds:F0} s CPU)");

            var first = new List<IReadOnlyList<SheetResult>>();
            double rasterise = 0, read = 0;
            Console.WriteLine($"Counting the {papers.Count} uploads {runs} times:");
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

            var scores = truth.Select((stack, t) => CorpusScore.Of(stack.Truth, first[t])).ToList();
            var (wrong, review, unneeded, definite, invalid, recognised) = (scores.Sum(s => s.Wrong), scores.Sum(s => s.Review),
                scores.Sum(s => s.ReviewUnneeded), scores.Sum(s => s.Definite), scores.Sum(s => s.Invalid), scores.Sum(s => s.InvalidRecognised));
            var extra = scores.Sum(s => s.Extra);
            var total = sheets * papers.Count;
            var report = new
            {
                date = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                machine = BenchRun.Machine(),
                command = $"cd bench/QuyHoach.Bench && dotnet run -c Release -- ballots-count {sheets} {titles} <file> {runs}{(only is null ? "" : $" {only}")}",
                titles = papers.Count,
                sheetsPerTitle = sheets,
                sheets = total,
                pages = truth.Sum(s => s.Files.Count),
                uploadMegabytes = Math.Round(megabytes, 1),
                upload = "one PDF per title (the committee scans each title's stack), JPEG pages at 200 dpi; the app's path: ScanDecoder.Pages (pdfimages for a scanner's PDF), page reading on two threads, sheets assembled, tally entries",
                generationSeconds = Math.Round(generation.TotalSeconds, 1),
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
            var markdown = $"Whole count, {papers.Count} titles × {sheets} sheets at 200 dpi from PDF uploads to tally entries, {report.date}: " +
                $"best {wall.Min():F1} s, median {BenchRun.Median(wall):F1} s of {runs} runs ({total / wall.Min():F1} sheets/s at best), " +
                $"CPU {cpu.Min():F1} s; {wrong} read wrongly, {review} sent to review ({unneeded} unneeded = {BenchRun.Percent(unneeded, definite)}), {recognised} of {invalid} invalid recognised, {extra} results not exactly one sheet's pages. " +
                "Shared machine (load average in the JSON).\n";
            BenchRun.Write(report, output, markdown);
            return wrong == 0 && extra == 0 && recognised == invalid ? 0 : 1;
        }
        finally
        {
            if (keep is null)
            {
                folder.Delete(recursive: true);
            }
        }
    }
}
