using Npgsql;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Tests;

/// <summary>A fresh, migrated database on the test cluster for one test class, dropped afterwards, with plain SQL
/// helpers for setting up and inspecting what a command works on.</summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    private readonly string _name;

    private MigratedDatabase(string name, string connectionString) => (_name, ConnectionString) = (name, connectionString);

    /// <summary>The superuser connection of the test cluster (./test sets it).</summary>
    public static string Admin => Environment.GetEnvironmentVariable("QUYHOACH_TEST_PG")
        ?? throw new InvalidOperationException("QUYHOACH_TEST_PG is not set: run the tests with ./test.");

    public string ConnectionString { get; }

    public static async Task<MigratedDatabase> CreateAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(Admin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var database = new MigratedDatabase(name, new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString);
        await MigrationRunner.MigrateAsync(database.ConnectionString);
        return database;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
