using Npgsql;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Tests;

/// <summary><c>qh db migrate</c> against a fresh database of the throwaway cluster that ./test starts.</summary>
public sealed class DbMigrateCommandTests : IAsyncLifetime
{
    private readonly string _database = $"qh_cli_{Guid.NewGuid():N}";
    private string _connectionString = "";

    private static string Admin => Environment.GetEnvironmentVariable("QUYHOACH_TEST_PG")
        ?? throw new InvalidOperationException("QUYHOACH_TEST_PG is not set: run the tests with ./test.");

    public async Task InitializeAsync()
    {
        await ExecuteAsync($"CREATE DATABASE {_database}");
        _connectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = _database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Fact]
    public async Task DbMigrate_EmptyDatabase_AppliesAllThenNothing()
    {
        var versions = string.Join(",", SqlMigration.All.Select(m => m.Version));
        var (code, output, error) = await CliRunner.Run("db", "migrate", "--connection", _connectionString);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"{{\"applied\":[{versions}],\"upToDate\":false}}", output.Trim());

        (code, output, _) = await CliRunner.Run("db", "migrate", "--connection", _connectionString);
        Assert.Equal(0, code);
        Assert.Equal("{\"applied\":[],\"upToDate\":true}", output.Trim());
    }

    [Fact]
    public async Task DbMigrate_UnreachableDatabase_VietnameseErrorAndExitOne()
    {
        var (code, output, error) = await CliRunner.Run("db", "migrate", "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("Không áp dụng được bản chuyển đổi", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_UnknownOption_ExitTwo()
    {
        var (code, _, error) = await CliRunner.Run("db", "migrate", "--conection", "x");
        Assert.Equal(2, code);
        Assert.Contains("--conection", error, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
