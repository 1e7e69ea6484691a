using System.Diagnostics;
using Npgsql;

namespace QuyHoach.Data.Migrations;

/// <summary>
/// Applies the SQL migrations in version order, each in its own transaction, recording them in
/// <c>schema_history</c>. A session-level advisory lock makes concurrent starts (several app instances, or the app
/// and <c>qh db migrate</c>) apply each migration exactly once: the second waits, then finds nothing to do.
/// </summary>
public static class MigrationRunner
{
    /// <summary>The advisory-lock key: "QHMIGRAT" read as a 64-bit number.</summary>
    public const long LockKey = 0x5148_4D49_4752_4154;

    /// <summary>Applies pending migrations and returns the versions this call applied.</summary>
    public static Task<IReadOnlyList<int>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default) =>
        MigrateAsync(connectionString, null, cancellationToken);

    /// <summary>
    /// Applies pending migrations as the role of <paramref name="connectionString"/> (the owner of the schema), then,
    /// when <paramref name="appRole"/> is another role, grants it what the application needs (<see cref="AppRoleGrants"/>).
    /// </summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(string connectionString, string? appRole, CancellationToken cancellationToken = default)
    {
        // Only built-in types are read here: without loading the database's types (a round trip of about 30 ms of
        // PostgreSQL's time on each start, the first connection to a database paying its catalogue reads).
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        await using var dataSource = builder.Build();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_history (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamp with time zone NOT NULL DEFAULT now(),
                    execution_ms integer NOT NULL
                )
                """, cancellationToken).ConfigureAwait(false);
            var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var done = new List<int>();
            foreach (var migration in SqlMigration.All)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new MigrationException(
                            $"Bản chuyển đổi CSDL {migration.Name} đã được áp dụng nhưng nội dung tệp đã bị sửa (checksum khác). Không được sửa một bản chuyển đổi đã áp dụng; hãy tạo bản mới.");
                    }

                    continue;
                }

                await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                done.Add(migration.Version);
            }

            // Under the same lock: concurrent GRANTs on one table fail with "tuple concurrently updated".
            await AppRoleGrants.ApplyAsync(connection, appRole, cancellationToken).ConfigureAwait(false);
            return done;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, SqlMigration migration, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new MigrationException($"Bản chuyển đổi CSDL {migration.Name} thất bại: {ex.MessageText}. Không có thay đổi nào của bản này được ghi.", ex);
        }

        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_history (version, name, checksum, execution_ms) VALUES (@v, @n, @c, @ms)", connection, transaction))
        {
            record.Parameters.AddWithValue("v", migration.Version);
            record.Parameters.AddWithValue("n", migration.Name);
            record.Parameters.AddWithValue("c", migration.Checksum);
            record.Parameters.AddWithValue("ms", (int)watch.ElapsedMilliseconds);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_history", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
