using System.Diagnostics;
using System.Globalization;
using Npgsql;
using QuyHoach.Domain.Common;

namespace QuyHoach.Load;

/// <summary>The national benchmark's modes of the load driver (bench/national.sh).</summary>
public static class NationalModes
{
    private static readonly string[] Queries = ["nguyen", "tran van", "thi anh", "hoang", "le thi", "pham minh", "vu", "dang", "hung", "ngoc lan", "", "do quoc"];

    /// <summary>
    /// Requests each search of bench/search.lua once (12 queries × 4 pages) with the server's statement log on, and
    /// replays the SQL each one ran (SqlReplay).
    /// </summary>
    public static async Task<string> SqlLoadAsync(string connection, string pgLog, string url, string cookie, int users, int seconds, int thinkMs)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        var requests = new List<List<string>>();
        foreach (var (q, page) in Queries.SelectMany(q => Enumerable.Range(1, 4).Select(p => (q, p))))
        {
            var before = new FileInfo(pgLog).Length;
            using var response = await http.GetAsync(new Uri($"/api/v1/cadres?q={Uri.EscapeDataString(q)}&page={page}", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            await Task.Delay(200);
            await using var stream = new FileStream(pgLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(before, SeekOrigin.Begin);
            var statements = SqlReplay.Statements(await new StreamReader(stream).ReadToEndAsync());
            if (statements.Count > 0)
            {
                requests.Add(statements);
            }
        }

        if (requests.Count == 0)
        {
            throw new InvalidOperationException("No statement captured: is log_min_duration_statement 0?");
        }

        return await SqlReplay.RunAsync(connection, requests, users, seconds, thinkMs);
    }

    /// <summary>
    /// The rows of <c>import-file --count N</c> (same names, sexes and birth dates, and the 2025 rating) written by a
    /// binary COPY into empty copies of <c>cadres</c> and <c>evaluation_records</c> with their indexes, then into the live
    /// tables themselves in a transaction rolled back (their million rows' indexes and foreign keys, as the import meets
    /// them; both tables vacuumed after, so no dead entry is left to the import): what PostgreSQL alone needs to store
    /// what the import stores, in an empty table and in the registry.
    /// </summary>
    public static async Task<string> CopyRowsAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var setup = new NpgsqlCommand("""
            DROP TABLE IF EXISTS bench_copy_evaluations, bench_copy_cadres;
            CREATE TABLE bench_copy_cadres (LIKE cadres INCLUDING ALL);
            CREATE TABLE bench_copy_evaluations (LIKE evaluation_records INCLUDING ALL);
            """, connection))
        {
            await setup.ExecuteNonQueryAsync();
        }

        var unit = (Guid)(await new NpgsqlCommand("SELECT id FROM organisations WHERE kind = 'Division' ORDER BY code LIMIT 1", connection).ExecuteScalarAsync())!;
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        var rows = new List<(Guid Id, string Code, string Name, bool Female, int Day, int Month, int Year)>(count);
        for (var i = 1; i <= count; i++)
        {
            var female = random.Next(2) == 0;
            var name = QuyHoach.Web.Hosting.DemoNames.Next(random, female);
            rows.Add((Guid.CreateVersion7(), $"IMPORT-{i:D6}", name, female, random.Next(1, 29), random.Next(1, 13), random.Next(1970, 1998)));
        }

        var seconds = await CopyAsync("bench_copy_cadres", "bench_copy_evaluations");
        await new NpgsqlCommand("DROP TABLE bench_copy_evaluations, bench_copy_cadres", connection).ExecuteNonQueryAsync();
        double live;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            live = await CopyAsync("cadres", "evaluation_records");
            await transaction.RollbackAsync();
        }

        await new NpgsqlCommand("VACUUM (ANALYZE) cadres, evaluation_records", connection) { CommandTimeout = 600 }.ExecuteNonQueryAsync();
        return string.Create(CultureInfo.InvariantCulture, $"{{\"rows\":{count},\"seconds\":{seconds:0.00},\"liveSeconds\":{live:0.00}}}");

        async Task<double> CopyAsync(string cadres, string evaluations)
        {
            var watch = Stopwatch.StartNew();
            await using (var copy = await connection.BeginBinaryImportAsync($"COPY {cadres} (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, birth_day, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var r in rows)
                {
                    await copy.WriteRowAsync(default, r.Id, r.Code, unit, r.Name, VietnameseText.GivenName(r.Name), VietnameseText.Fold(r.Name), r.Female ? "Female" : "Male", r.Year, r.Month, r.Day, now, now);
                }

                await copy.CompleteAsync();
            }

            await using (var copy = await connection.BeginBinaryImportAsync($"COPY {evaluations} (id, cadre_id, year, rating) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var r in rows)
                {
                    await copy.WriteRowAsync(default, Guid.CreateVersion7(), r.Id, 2025, "Good");
                }

                await copy.CompleteAsync();
            }

            return watch.Elapsed.TotalSeconds;
        }
    }
}
