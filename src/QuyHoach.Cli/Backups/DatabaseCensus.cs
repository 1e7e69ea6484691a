namespace QuyHoach.Cli.Backups;

/// <summary>What a database holds: its own relations and routines (outside PostgreSQL's schemas), and its tables'
/// rows counted exactly.</summary>
internal static class DatabaseCensus
{
    /// <summary>Tables, views, sequences and functions created in the database: none in an empty one.</summary>
    public static async Task<long> ObjectCountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                      AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%')
                 + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
                    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND d.objid IS NULL)
            """, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The number of tables of the public schema and of their rows.</summary>
    public static async Task<(int Tables, long Rows)> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }

        long rows = 0;
        foreach (var table in tables)
        {
            // The name comes quoted from quote_ident above.
#pragma warning disable CA2100
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM public.{table}", connection);
#pragma warning restore CA2100
            rows += (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        return (tables.Count, rows);
    }
}
