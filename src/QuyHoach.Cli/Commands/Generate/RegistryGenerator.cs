using System.Diagnostics;
using Bogus;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>What a generation wrote: rows per table and the time it took.</summary>
/// <param name="Rows">Rows written, per table.</param>
/// <param name="Seconds">Wall time, including the final ANALYZE.</param>
internal sealed record GenerationSummary(IReadOnlyDictionary<string, long> Rows, double Seconds);

/// <summary>
/// Sổ cán bộ quy mô quốc gia: writes a synthetic but realistic registry of <c>cadres</c> people into a migrated
/// database with binary COPY, in batches so memory stays flat. The same seed gives the same rows (one Bogus
/// randomizer drives every choice, ids included); a second run with the same seed is refused.
/// </summary>
internal static class RegistryGenerator
{
    private const int BatchSize = 20_000;

    public static async Task<GenerationSummary> RunAsync(string connectionString, int cadres, int seed, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var prefix = $"G{seed}-";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var exists = new NpgsqlCommand("SELECT count(*) FROM organisations WHERE code = $1", connection))
        {
            exists.Parameters.AddWithValue($"{prefix}P01");
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
            {
                throw new InvalidOperationException($"Cơ sở dữ liệu đã có dữ liệu tổng hợp với hạt giống {seed}: chọn hạt giống khác hoặc dùng cơ sở dữ liệu mới.");
            }
        }

        // One randomizer for every choice, so a run is reproduced exactly by its number.
        var firstValue = seed;
        var random = new Randomizer(firstValue);
        var shape = await StructureWriter.WriteAsync(connection, random, prefix, cancellationToken).ConfigureAwait(false);
        var decisions = await PlanWriter.WriteAsync(connection, random, shape, cancellationToken).ConfigureAwait(false);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["organisations"] = shape.Organisations,
            ["titles"] = shape.Titles,
            ["planning_rounds"] = shape.Provinces.Count,
            ["plan_decisions"] = shape.Provinces.Count,
        };
        for (var done = 0; done < cadres; done += BatchSize)
        {
            var batch = new CadreBatch(shape);
            for (var i = done; i < Math.Min(cadres, done + BatchSize); i++)
            {
                batch.Add(random, shape, decisions, prefix, i + 1);
            }

            await WriteAsync(connection, batch, rows, cancellationToken).ConfigureAwait(false);
        }

        // Statistics for the planner, as autovacuum would gather them a minute after a bulk load.
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return new GenerationSummary(rows, Math.Round(watch.Elapsed.TotalSeconds, 1));
    }

    private static async Task WriteAsync(NpgsqlConnection connection, CadreBatch batch, Dictionary<string, long> rows, CancellationToken cancellationToken)
    {
        (string Table, string Columns, List<object?[]> Rows)[] tables =
        [
            ("cadres", "id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, birth_day, ethnicity, hometown, party_joined_on, transferred_out_on, created_at, updated_at", batch.Cadres),
            ("assignments", "id, cadre_id, title_id, \"from\", \"to\", decision_number", batch.Assignments),
            ("education_records", "id, cadre_id, level, field, institution, year", batch.Education),
            ("political_theory_records", "id, cadre_id, level, studying, year", batch.Theory),
            ("state_management_records", "id, cadre_id, level, year", batch.StateManagement),
            ("evaluation_records", "id, cadre_id, year, rating", batch.Evaluations),
            ("discipline_entries", "id, cadre_id, authority, form, decision_number, decided_on, effective_on, complaint_pending, new_violation, is_collective, annulled", batch.Disciplines),
            ("political_standard_conclusions", "id, cadre_id, concluded_on, met", batch.Conclusions),
            ("plan_entries", "id, cadre_id, title_id, term_id, organisation_id, approval_decision_id, effective_from", batch.Plans),
        ];
        foreach (var (table, columns, list) in tables)
        {
            var written = await Copy.RowsAsync(connection, $"{table} ({columns})", list, cancellationToken).ConfigureAwait(false);
            rows[table] = rows.GetValueOrDefault(table) + written;
        }
    }
}
