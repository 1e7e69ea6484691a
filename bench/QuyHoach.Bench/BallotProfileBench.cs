using System.Diagnostics;
using System.Globalization;
using QuyHoach.Scanning;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Bench;

/// <summary>
/// <c>dotnet run -c Release -- ballots-profile [sheets]</c>: where the reading time of a 200 dpi page goes, on one
/// thread: decoding the scanner's image, finding the fiducials, and the whole page reading (fiducials, homography, QR
/// code, mark boxes), each in milliseconds of CPU per page (best of three passes) with the bytes allocated, and the
/// load average beside them. A small corpus (default 50 sheets, JPEG pages as the scanner's PDF holds them) is enough.
/// </summary>
public static class BallotProfileBench
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sheets = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var corpus = CorpusBuilder.Stack(CorpusBallots.HeadOfDivision, sheets, 200, seed: 200);
        var byKey = corpus.Layouts.ToDictionary(l => l.BallotKey);
        var pages = corpus.Files.Select(f => ScanDecoder.Pages(f).Single()).ToList();
        Console.WriteLine($"{corpus.Files.Count} pages at 200 dpi, load {File.ReadAllText("/proc/loadavg").Trim()}");
        Stage("decode", corpus.Files.Count, i => ScanDecoder.Pages(corpus.Files[i]));
        Stage("fiducials", pages.Count, i => FiducialLocator.Locate(pages[i]));
        Stage("read page", pages.Count, i => PageReader.Read(pages[i], i, byKey));
        Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static void Stage(string name, int count, Func<int, object?> work)
    {
        var best = double.MaxValue;
        long bytes = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                GC.KeepAlive(work(i));
            }

            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count);
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {best,7:F1} ms CPU a page, {bytes / 1e6,7:F1} MB allocated a page"));
    }
}
