using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Bench;

/// <summary>What the ballot benches share: the machine as the OS describes it, timing with CPU time, repeated runs
/// (best and median, since the machine is shared) and the results written as JSON and a markdown table.</summary>
public static class BenchRun
{
    /// <summary>The hardware and its load now.</summary>
    public static object Machine() => new
    {
        cpu = Lscpu("Model name"),
        cores = Environment.ProcessorCount,
        memoryGb = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9, 1),
        loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
        shared = Busy()
            ? "the two cores were shared with other sessions' builds, tests and benches while this ran (see the load average): wall-clock figures are lower bounds of the speed on a quiet machine; CPU time is given beside them"
            : "the machine was otherwise idle when this started (load average under 1.5)",
    };

    /// <summary>The one-minute load average says other work shares the cores.</summary>
    private static bool Busy() => !File.Exists("/proc/loadavg")
        || double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) >= 1.5;

    /// <summary>Wall and CPU time of <paramref name="work"/> (the CPU time of the child processes it waited for, such
    /// as pdftoppm, included).</summary>
    public static (T Result, TimeSpan Wall, TimeSpan Cpu) Timed<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var cpuBefore = Cpu();
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        return (result, clock.Elapsed, Cpu() - cpuBefore);
    }

    /// <summary>CPU time of this process and its reaped children (utime, stime, cutime, cstime of /proc/self/stat, in
    /// the kernel's 100 ticks a second).</summary>
    private static TimeSpan Cpu()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>Runs <paramref name="work"/> <paramref name="runs"/> times; the wall seconds and CPU seconds of each.</summary>
    public static (double[] Wall, double[] Cpu) Repeat(int runs, Action work)
    {
        var wall = new double[runs];
        var cpu = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var (_, w, c) = Timed(() =>
            {
                work();
                return 0;
            });
            (wall[i], cpu[i]) = (w.TotalSeconds, c.TotalSeconds);
            Console.WriteLine($"  run {i + 1}/{runs}: {w.TotalSeconds:F2} s wall, {c.TotalSeconds:F2} s CPU, load {LoadNow()}");
        }

        return (wall, cpu);
    }

    /// <summary>Best (highest) and median of <paramref name="count"/> per second over <paramref name="seconds"/>.</summary>
    public static object Rate(int count, double[] seconds) => new
    {
        best = Math.Round(count / seconds.Min(), 1),
        median = Math.Round(count / Median(seconds), 1),
        runs = seconds.Select(s => Math.Round(count / s, 1)),
    };

    public static double Median(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The rates per distortion as a markdown table.</summary>
    public static string Table(IReadOnlyList<CorpusRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var table = new StringBuilder("| Group | Sheets | Read wrongly | Sent to review | of which unneeded | Unneeded / definite | Invalid recognised |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (group, s) in rates)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {group} | {s.Sheets} | {s.Wrong} | {s.Review} | {s.ReviewUnneeded} | {Percent(s.ReviewUnneeded, s.Definite)} | {s.InvalidRecognised}/{s.Invalid} |\n");
        }

        return table.ToString();
    }

    public static string Percent(int part, int whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>Prints <paramref name="report"/> and writes it to <paramref name="path"/> (and <paramref name="markdown"/>
    /// beside it, as .md) when a path is given.</summary>
    public static void Write(object report, string? path, string? markdown)
    {
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Console.WriteLine(json);
        Console.WriteLine(markdown);
        if (path is null)
        {
            return;
        }

        File.WriteAllText(path, json + "\n");
        if (markdown is not null)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".md"), markdown);
        }
    }

    public static string LoadNow() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string? Lscpu(string field)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("lscpu") { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n').FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))?[(field.Length + 1)..].Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
