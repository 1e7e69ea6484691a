using System.Globalization;
using System.Text.Json;

namespace QuyHoach.Load;

/// <summary>
/// Server-side latency of one path from the app's JSON log: the durations ASP.NET Core records in its "Request
/// finished" events (Microsoft.AspNetCore.Hosting.Diagnostics at Information), read after a given line so each phase
/// of a benchmark is summed on its own. Only answered requests (2xx) count; wrk's connections cut at the end of a
/// run show as 499 and are left out.
/// </summary>
public static class ServerLatency
{
    public static string Summarise(string logFile, int skipLines, string path)
    {
        var durations = new List<double>();
        foreach (var line in File.ReadLines(logFile).Skip(skipLines))
        {
            if (!line.Contains("\"Request finished", StringComparison.Ordinal))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var state = json.RootElement.GetProperty("State");
            if (state.GetProperty("Path").GetString() == path
                && state.GetProperty("StatusCode").GetInt32() is >= 200 and < 300)
            {
                durations.Add(state.GetProperty("ElapsedMilliseconds").GetDouble());
            }
        }

        durations.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"requests\":{durations.Count},\"p50Ms\":{Rank(durations, 50):0.00},\"p90Ms\":{Rank(durations, 90):0.00},\"p95Ms\":{Rank(durations, 95):0.00},\"p99Ms\":{Rank(durations, 99):0.00},\"maxMs\":{Rank(durations, 100):0.00}}}");
    }

    /// <summary>Nearest-rank percentile: the smallest duration with at least <paramref name="percent"/> % of the
    /// requests at or below it.</summary>
    private static double Rank(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Max(0, ((sorted.Count * percent) + 99) / 100 - 1)];
}
