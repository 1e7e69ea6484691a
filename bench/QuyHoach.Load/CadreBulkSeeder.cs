using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Hosting;

namespace QuyHoach.Load;

/// <summary>
/// Adds synthetic cadres to a database that already holds the demo (its divisions and titles), with binary COPY:
/// a current assignment, a political-theory level and last year's rating each, like the demo's own cadres.
/// </summary>
public static class CadreBulkSeeder
{
    public static async Task<TimeSpan> SeedAsync(string connectionString, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var divisions = await IdsAsync(connection, "SELECT id FROM organisations WHERE kind = 'Division' ORDER BY code");
        var titles = await IdsAsync(connection, "SELECT id FROM titles WHERE code IN ('SCT-CV','SCT-PP','SCT-TP') ORDER BY rank");
        if (divisions.Count == 0 || titles.Count < 3)
        {
            throw new InvalidOperationException("The database has no demo department: start the app once with QuyHoach__SeedDemo=true.");
        }

        var random = new Random(20000);
        var now = DateTimeOffset.UtcNow;
        var cadres = new List<(Guid Id, Guid Title, int Year)>(count);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, birth_day, ethnicity, hometown, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var female = random.Next(5) < 2;
                var name = DemoNames.Next(random, female);
                var id = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"BENCH-{i + 1:D6}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(divisions[i % divisions.Count], NpgsqlDbType.Uuid);
                await copy.WriteAsync(name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(VietnameseText.GivenName(name), NpgsqlDbType.Varchar);
                await copy.WriteAsync(VietnameseText.Fold(name), NpgsqlDbType.Varchar);
                await copy.WriteAsync(female ? "Female" : "Male", NpgsqlDbType.Varchar);
                var year = random.Next(1966, 1998);
                await copy.WriteAsync(year, NpgsqlDbType.Integer);
                await copy.WriteAsync(random.Next(1, 13), NpgsqlDbType.Integer);
                await copy.WriteAsync(random.Next(1, 29), NpgsqlDbType.Integer);
                await copy.WriteAsync(random.Next(12) == 0 ? "Tày" : "Kinh", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Tỉnh Nam Định", NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                cadres.Add((id, titles[random.Next(10) < 8 ? 0 : random.Next(1, 3)], year));
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY assignments (id, cadre_id, title_id, \"from\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, title, year) in cadres)
            {
                await copy.WriteRowAsync(default, Guid.CreateVersion7(), id, title, new DateOnly(Math.Min(year + 25, 2024), 1, 1));
            }

            await copy.CompleteAsync();
        }

        string[] levels = ["Elementary", "Intermediate", "Advanced"];
        string[] ratings = ["Excellent", "Good", "Good", "Good", "Completed"];
        await using (var copy = await connection.BeginBinaryImportAsync("COPY political_theory_records (id, cadre_id, level, studying) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, _, _) in cadres)
            {
                await copy.WriteRowAsync(default, Guid.CreateVersion7(), id, levels[random.Next(levels.Length)], random.Next(10) == 0);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY evaluation_records (id, cadre_id, year, rating) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, _, _) in cadres)
            {
                await copy.WriteRowAsync(default, Guid.CreateVersion7(), id, 2025, ratings[random.Next(ratings.Length)]);
            }

            await copy.CompleteAsync();
        }

        // A settled table, as autovacuum leaves it a minute after a bulk load: statistics for the planner and the
        // visibility map that lets the list walk its name index without visiting the table.
        await using (var analyze = new NpgsqlCommand("VACUUM (ANALYZE)", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return watch.Elapsed;
    }

    private static async Task<List<Guid>> IdsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
