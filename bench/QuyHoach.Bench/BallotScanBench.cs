using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Scanning;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Bench;

/// <summary>
/// <c>dotnet run -c Release -- ballots [sheets] [results-file]</c>: generates a corpus of marked, distorted scans of the
/// app's ballots (a third each at 150, 200 and 300 dpi by default), reads it on two threads and prints the figures of
/// issue 15: sheets read wrongly (target 0), share sent to review (≤ 2 % of the sheets with a definite answer), invalid
/// sheets recognised, and sheets per second at 200 dpi (target ≥ 10), decoding included. It writes them as JSON.
/// </summary>
public static class BallotScanBench
{
    public static int Run(string[] args)
    {
        var sheets = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var output = args.Length > 2 ? args[2] : null;
        var rules = RuleSetCatalog.BuiltIn.Find("qd50")!.Voting;
        var clock = Stopwatch.StartNew();
        var corpus = CorpusBuilder.Build(sheets, [150, 200, 300], seed: 2026);
        var generation = clock.Elapsed;
        Console.WriteLine($"Corpus: {corpus.Truth.Count} sheets and stray pages, {corpus.Files.Count} files, generated in {generation.TotalSeconds:F0} s");

        // The whole upload, decoded and read on two threads (the target machine's two cores), fifty pages at a time.
        var (readings, wall, cpu) = Timed(() => ReadAll(corpus.Files, corpus.Layouts));
        var results = SheetAssembler.Assemble(readings, corpus.Layouts.ToDictionary(l => l.BallotKey), rules);
        var score = CorpusScore.Of(corpus.Truth, results);

        // The 200 dpi part alone, for the rate.
        var at200 = corpus.Truth.Where(t => t.Dpi == 200).SelectMany(t => t.Pages).Order().Select(i => corpus.Files[i]).ToList();
        var (_, wall200, cpu200) = Timed(() => ReadAll(at200, corpus.Layouts));
        var perSecond = at200.Count / wall200.TotalSeconds;
        var perCpuSecond = at200.Count / cpu200.TotalSeconds;

        var report = new
        {
            date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            machine = $"{Environment.ProcessorCount} cores, shared with other jobs (load measured by the OS below)",
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
            sheets = score.Sheets,
            files = corpus.Files.Count,
            dpis = new[] { 150, 200, 300 },
            distortions = "skew ±5°, shift ±4 mm, scale ±3 %, sensor noise σ ≤ 10 grey levels, 3×3 blur on a third, JPEG quality 55–91 on three quarters (PNG otherwise), paper tone 225–252, 1 page in 25 upside down, shuffled upload; per hundred sheets: 6 over the quota, 2 blank, 1 faint, 1 corrected, 1 write-in, 1 of another ballot, 1 scanned twice",
            readWrongly = score.Wrong,
            sentToReview = score.Review,
            reviewExpected = score.ReviewExpected,
            reviewUnneeded = score.ReviewUnneeded,
            definiteSheets = score.Definite,
            reviewUnneededPercent = Math.Round(100.0 * score.ReviewUnneeded / Math.Max(1, score.Definite), 2),
            invalidSheets = score.Invalid,
            invalidRecognised = score.InvalidRecognised,
            wholeUploadSeconds = Math.Round(wall.TotalSeconds, 1),
            wholeUploadCpuSeconds = Math.Round(cpu.TotalSeconds, 1),
            pagesAt200Dpi = at200.Count,
            pagesPerSecondAt200DpiTwoThreads = Math.Round(perSecond, 1),
            pagesPerCpuSecondAt200Dpi = Math.Round(perCpuSecond, 1),
            problems = score.Problems.Take(50),
        };
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Console.WriteLine(json);
        if (output is not null)
        {
            File.WriteAllText(output, json + "\n");
        }

        return score.Wrong == 0 ? 0 : 1;
    }

    /// <summary>Decodes and reads every file on two threads; the images are dropped as soon as they are read.</summary>
    private static PageReading[] ReadAll(IReadOnlyList<byte[]> files, IReadOnlyList<BallotLayout> layouts)
    {
        var byKey = layouts.ToDictionary(l => l.BallotKey);
        var readings = new PageReading[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => readings[i] = PageReader.Read(ScanDecoder.Pages(files[i]).Single(), i, byKey));
        return readings;
    }

    private static (T Result, TimeSpan Wall, TimeSpan Cpu) Timed<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        process.Refresh();
        return (result, clock.Elapsed, process.TotalProcessorTime - cpuBefore);
    }
}
