using Npgsql;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Testing;

/// <summary>
/// Databases on the throwaway PostgreSQL cluster that ./test starts (<c>QUYHOACH_TEST_PG</c>): one template per
/// test process, migrated and seeded once, then one fresh copy per test class (CREATE DATABASE … TEMPLATE is fast).
/// As in production, every database belongs to an owner role that runs the migrations, and the app connects as an
/// application role that is no superuser and owns nothing (<see cref="AsApp"/>); the connection strings handed to
/// tests are the cluster administrator's, for arranging and inspecting.
/// </summary>
public static class TestDatabase
{
    /// <summary>The role that owns the test databases and runs their migrations (like the private cluster's).</summary>
    public const string OwnerRole = "quyhoach_owner";

    /// <summary>The role the app under test connects as.</summary>
    public const string AppRole = "quyhoach_app";

    private static readonly Lazy<Task> Roles = new(CreateRolesAsync);
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
        // FILE_COPY: the template's files copied as they are, instead of every block written again through the WAL
        // (PostgreSQL's default since 15); a test database is never replicated or recovered.
        await ExecuteAsync($"CREATE DATABASE {name} OWNER {OwnerRole} TEMPLATE {template} STRATEGY FILE_COPY").ConfigureAwait(false);
        return ConnectionStringFor(name);
    }

    /// <summary>A new, empty database (no tables at all).</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        await Roles.Value.ConfigureAwait(false);
        var name = NewName("qh_empty");
        await ExecuteAsync($"CREATE DATABASE {name} OWNER {OwnerRole} TEMPLATE template0 ENCODING 'UTF8'").ConfigureAwait(false);
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

    /// <summary>The same database as the application's role (the connection the app under test uses).</summary>
    public static string AsApp(string connectionString) => As(connectionString, AppRole);

    /// <summary>The same database as the owner role (the connection migrations run on).</summary>
    public static string AsOwner(string connectionString) => As(connectionString, OwnerRole);

    private static string As(string connectionString, string role) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = role }.ConnectionString;

    /// <summary>The two roles, once per cluster; two test processes may race to create them.</summary>
    private static Task CreateRolesAsync() => ExecuteAsync($"""
        DO $$ BEGIN
            CREATE ROLE {OwnerRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;
        DO $$ BEGIN
            CREATE ROLE {AppRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;
        """);

    private static async Task<string> CreateTemplateAsync()
    {
        await Roles.Value.ConfigureAwait(false);
        var name = $"qh_template_{RunId}";
        await ExecuteAsync($"CREATE DATABASE {name} OWNER {OwnerRole} TEMPLATE template0 ENCODING 'UTF8'").ConfigureAwait(false);
        var connectionString = ConnectionStringFor(name);
        await MigrationRunner.MigrateAsync(AsOwner(connectionString), AppRole).ConfigureAwait(false);

        // Start the real app once against the template so its own startup seeds the demo there.
        // Without the round left mid-way: the tests run their own rounds on the department (DemoRoundTests starts a
        // demo of its own with it).
        await using (var factory = new QuyHoachAppFactory(connectionString, settings: new Dictionary<string, string?> { ["QuyHoach:DemoRoundInProgress"] = "false" }))
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
