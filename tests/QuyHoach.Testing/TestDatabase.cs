using Npgsql;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Testing;

/// <summary>
/// Databases on the throwaway PostgreSQL cluster that ./test starts (<c>QUYHOACH_TEST_PG</c>): one template per
/// test process, migrated and seeded once, then one fresh copy per test class (CREATE DATABASE … TEMPLATE is fast).
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly string RunId = $"{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}";

    /// <summary>The admin connection string of the test cluster.</summary>
    public static string AdminConnectionString => Environment.GetEnvironmentVariable("QUYHOACH_TEST_PG") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            "QUYHOACH_TEST_PG is not set: run the tests with ./test, which starts a throwaway PostgreSQL cluster.");

    /// <summary>A new database copied from the migrated, demo-seeded template.</summary>
    public static async Task<string> CreateSeededAsync()
    {
        var template = await Template.Value.ConfigureAwait(false);
        var name = NewName("qh");
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template}").ConfigureAwait(false);
        return ConnectionStringFor(name);
    }

    /// <summary>A new, empty database (no tables at all).</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = NewName("qh_empty");
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'").ConfigureAwait(false);
        return ConnectionStringFor(name);
    }

    /// <summary>Drops a database made by this class, closing any connection left open to it.</summary>
    public static async Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").ConfigureAwait(false);
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"qh_template_{RunId}";
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'").ConfigureAwait(false);
        var connectionString = ConnectionStringFor(name);
        await MigrationRunner.MigrateAsync(connectionString).ConfigureAwait(false);

        // Start the real app once against the template so its own startup seeds the demo there.
        await using (var factory = new QuyHoachAppFactory(connectionString))
        {
            factory.StartServer();
        }

        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static string NewName(string prefix) => $"{prefix}_{RunId}_{Guid.NewGuid():N}";

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
