using System.Globalization;
using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Scanning;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Bench;

/// <summary>
/// <c>dotnet run -c Release -- ballots [sheets] [results-file] [runs]</c>: generates a corpus of marked, distorted scans
/// of the app's ballots (a third each at 150, 200 and 300 dpi), reads it on two threads and prints the figures of issue
/// 15: sheets read wrongly (target 0), share sent to review (≤ 2 % of the sheets with a definite answer), invalid sheets
/// recognised, the same per distortion and per way of marking, and sheets per second at 200 dpi on two threads (target
/// ≥ 10), decoding included, best and median of <c>runs</c> runs. It writes them as JSON and a markdown table, and
/// exits non-zero when a sheet is read wrongly or an invalid sheet is missed.
/// </summary>
public static class BallotScanBench
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sheets = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1002;
        var output = args.Length > 2 ? args[2] : null;
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        var rules = RuleSetCatalog.BuiltIn.Find("qd50")!.Voting;
        var (corpus, generation, _) = BenchRun.Timed(() => CorpusBuilder.Build(sheets, [150, 200, 300], seed: 2026));
        Console.WriteLine($"Corpus: {corpus.Truth.Count} sheets and stray pages, {corpus.Files.Count} files, generated in {generation.TotalSeconds:F0} s");

        // The whole upload, decoded and read on two threads (the target machine's two cores).
        var (readings, wall, cpu) = BenchRun.Timed(() => ReadAll(corpus.Files, corpus.Layouts));
        var results = SheetAssembler.Assemble(readings, corpus.Layouts.ToDictionary(l => l.BallotKey), rules);
        var score = CorpusScore.Of(corpus.Truth, results);
        var rates = CorpusRates.Of(corpus.Truth, results);

        // The 200 dpi part alone, for the rate, several times (the machine is shared).
        var truth200 = corpus.Truth.Where(t => t.Dpi == 200).ToList();
        var at200 = truth200.SelectMany(t => t.Pages).Order().Select(i => corpus.Files[i]).ToList();
        Console.WriteLine($"Reading the {truth200.Count} sheets ({at200.Count} pages) at 200 dpi {runs} times:");
        var (wall200, cpu200) = BenchRun.Repeat(runs, () => ReadAll(at200, corpus.Layouts));

        var report = new
        {
            date = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            machine = BenchRun.Machine(),
            command = $"cd bench/QuyHoach.Bench && dotnet run -c Release -- ballots {sheets} <file> {runs}",
            sheets = score.Sheets,
            files = corpus.Files.Count,
            dpis = new[] { 150, 200, 300 },
            distortions = $"skew ±5°, shift ±4 mm, scale ±3 %, sensor noise σ ≤ 10 grey levels, 3×3 blur on a third, JPEG quality 55–91 on three quarters (PNG otherwise), paper tone 225–252, 1 page in 25 upside down, shuffled upload; per hundred sheets: 6 over the quota, 2 blank; {Mix}",
            readWrongly = score.Wrong,
            sentToReview = score.Review,
            reviewExpected = score.ReviewExpected,
            reviewUnneeded = score.ReviewUnneeded,
            definiteSheets = score.Definite,
            sentToReviewPercent = Math.Round(100.0 * score.Review / Math.Max(1, score.Sheets), 2),
            reviewUnneededPercent = Math.Round(100.0 * score.ReviewUnneeded / Math.Max(1, score.Definite), 2),
            reviewRequiredPercentOfAll = Math.Round(100.0 * score.ReviewExpected / Math.Max(1, score.Sheets), 2),
            reviewUnneededPercentOfAll = Math.Round(100.0 * score.ReviewUnneeded / Math.Max(1, score.Sheets), 2),
            plantedMix = Mix,
            invalidSheets = score.Invalid,
            invalidRecognised = score.InvalidRecognised,
            extraResults = score.Extra,
            perGroup = rates.Select(r => new { group = r.Group, sheets = r.Score.Sheets, readWrongly = r.Score.Wrong, sentToReview = r.Score.Review, reviewUnneeded = r.Score.ReviewUnneeded, definite = r.Score.Definite, invalid = r.Score.Invalid, invalidRecognised = r.Score.InvalidRecognised }),
            generationSeconds = Math.Round(generation.TotalSeconds, 1),
            wholeUploadSeconds = Math.Round(wall.TotalSeconds, 1),
            wholeUploadCpuSeconds = Math.Round(cpu.TotalSeconds, 1),
            sheetsAt200Dpi = truth200.Count,
            pagesAt200Dpi = at200.Count,
            sheetsPerSecondAt200DpiTwoThreads = BenchRun.Rate(truth200.Count, wall200),
            pagesPerSecondAt200DpiTwoThreads = BenchRun.Rate(at200.Count, wall200),
            pagesPerCpuSecondAt200Dpi = BenchRun.Rate(at200.Count, cpu200),
            problems = score.Problems.Take(50),
        };
        var markdown = $"Corpus of {score.Sheets} sheets and stray pages ({corpus.Files.Count} files), {report.date}: " +
            $"{score.Wrong} read wrongly, {score.Review} sent to review ({score.ReviewExpected} as the truth expects, " +
            $"{score.ReviewUnneeded} unneeded = {BenchRun.Percent(score.ReviewUnneeded, score.Definite)} of {score.Definite} definite sheets), " +
            $"{score.InvalidRecognised} of {score.Invalid} invalid sheets recognised, {score.Extra} results not exactly one sheet's pages.\n\n" +
            $"Review split: {score.ReviewExpected} sheets the issue requires to be reviewed ({BenchRun.Percent(score.ReviewExpected, score.Sheets)} of all sheets; " +
            $"planted mix: {Mix}) and {score.ReviewUnneeded} unneeded reviews ({BenchRun.Percent(score.ReviewUnneeded, score.Sheets)} of all sheets).\n\n" + BenchRun.Table(rates);
        BenchRun.Write(report, output, markdown);
        return score.Wrong == 0 && score.Extra == 0 && score.InvalidRecognised == score.Invalid ? 0 : 1;
    }

    /// <summary>The doubtful sheets the corpus plants (<see cref="SheetPlan.For"/>), which the issue requires to go to review.</summary>
    private const string Mix = "per hundred sheets 1 faint, 1 corrected, 1 write-in, 1 page of another ballot, 1 page scanned twice";

    /// <summary>Decodes and reads every file on two threads; the images are dropped as soon as they are read.</summary>
    public static PageReading[] ReadAll(IReadOnlyList<byte[]> files, IReadOnlyList<BallotLayout> layouts)
    {
        ArgumentNullException.ThrowIfNull(files);
        var byKey = layouts.ToDictionary(l => l.BallotKey);
        var readings = new PageReading[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => readings[i] = PageReader.Read(ScanDecoder.Pages(files[i]).Single(), i, byKey));
        return readings;
    }
}
