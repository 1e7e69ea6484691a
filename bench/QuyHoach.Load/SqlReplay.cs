using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace QuyHoach.Load;

/// <summary>
/// National benchmark (a), the PostgreSQL side: the SQL the app ran for each distinct search (captured from the
/// server's statement log while each search was requested once, parameters written in as literals), replayed
/// through Npgsql by the same number of users with the same think time. A "request" is the whole sequence of
/// statements one search ran, so the ratio compares like with like.
/// </summary>
public static partial class SqlReplay
{
    /// <summary>The executed statements of a PostgreSQL log excerpt (log_min_duration_statement = 0).</summary>
    public static List<string> Statements(string log)
    {
        var statements = new List<string>();
        var entries = EntryStart().Split(log).Where(e => e.Length > 0).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var m = Executed().Match(entries[i]);
            if (!m.Success)
            {
                continue;
            }

            var sql = m.Groups[1].Value.Trim();
            if (i + 1 < entries.Count && Parameters().Match(entries[i + 1]) is { Success: true } p)
            {
                var values = ParameterValue().Matches(p.Groups[1].Value).Select(v => (N: int.Parse(v.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Literal: v.Groups[2].Value));
                foreach (var (n, literal) in values.OrderByDescending(v => v.N))
                {
                    sql = sql.Replace($"${n}", literal, StringComparison.Ordinal);
                }
            }

            statements.Add(sql);
        }

        return statements;
    }

    /// <summary>Replays each request's statements by <paramref name="users"/> users with a 0.5–1.5 × think pause.</summary>
    public static async Task<string> RunAsync(string connectionString, IReadOnlyList<List<string>> requests, int users, int seconds, int thinkMs)
    {
        var latencies = new List<double>();
        var errors = 0;
        var until = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, users).Select(async u =>
        {
            var random = new Random(2026 + u);
            await using var connection = new NpgsqlConnection(connectionString);
            await Task.Delay(random.Next(thinkMs / 2, (thinkMs * 3 / 2) + 1));
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var request = requests[random.Next(requests.Count)];
                var watch = Stopwatch.StartNew();
                try
                {
                    if (connection.State != System.Data.ConnectionState.Open)
                    {
                        await connection.CloseAsync();
                        await connection.OpenAsync();
                    }

                    foreach (var sql in request)
                    {
                        await using var command = new NpgsqlCommand(sql, connection);
                        await using var reader = await command.ExecuteReaderAsync();
                        while (await reader.ReadAsync())
                        {
                        }
                    }

                    lock (latencies)
                    {
                        latencies.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                {
                    // A statement refused (PostgresException), timed out or its connection lost under load ("Connection
                    // is not open"): counted, and the user goes on with a fresh connection (one lost connection ended
                    // the whole replay twice, at load 60 and 110).
                    if (Interlocked.Increment(ref errors) <= 3)
                    {
                        await Console.Error.WriteLineAsync($"sql-load: {ex.GetType().Name}: {ex.Message}");
                    }

                    if (connection.State != System.Data.ConnectionState.Open)
                    {
                        await connection.CloseAsync();
                    }
                }

                await Task.Delay(random.Next(thinkMs / 2, (thinkMs * 3 / 2) + 1));
            }
        });
        await Task.WhenAll(tasks);
        latencies.Sort();
        double P(int q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, latencies.Count * q / 100)];
        return $"{{\"requests\":{latencies.Count},\"errors\":{errors},\"statementsPerRequest\":{requests.Average(r => r.Count):0.0},\"p50Ms\":{P(50):0.00},\"p95Ms\":{P(95):0.00},\"p99Ms\":{P(99):0.00}}}";
    }

    [GeneratedRegex(@"(?m)^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"LOG:\s+duration: [\d.]+ ms\s+(?:statement|execute [^:]*): (.*)", RegexOptions.Singleline)]
    private static partial Regex Executed();

    // PostgreSQL writes "DETAIL:  parameters: $1 = …" (lower case): matched as "Parameters" only, no statement of the
    // replay had its parameters written in and every one failed ("bind message supplies 0 parameters").
    [GeneratedRegex(@"DETAIL:\s+[Pp]arameters: (.*)", RegexOptions.Singleline)]
    private static partial Regex Parameters();

    [GeneratedRegex(@"\$(\d+) = ((?:'(?:[^']|'')*')|NULL)")]
    private static partial Regex ParameterValue();
}
