using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// <c>qh audit head</c> and <c>qh audit verify --head</c> (docs/security.md): a head written down outside the
/// database shows that the newest rows were removed, which the chain alone cannot show.
/// </summary>
public sealed class AuditHeadCommandTests : IAsyncLifetime
{
    private readonly string _database = $"qh_cli_head_{Guid.NewGuid():N}";
    private string _connectionString = "";

    private static string Admin => Environment.GetEnvironmentVariable("QUYHOACH_TEST_PG")
        ?? throw new InvalidOperationException("QUYHOACH_TEST_PG is not set: run the tests with ./test.");

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(Admin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = _database }.ConnectionString;
        await MigrationRunner.MigrateAsync(_connectionString);
        await AppendAsync(4);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task AuditHead_PrintsTheNewestHashAndTheCount()
    {
        var newest = await ScalarAsync<string>("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1");

        var (code, output, error) = await CliRunner.Run("audit", "head", "--connection", _connectionString);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"{{\"head\":\"{newest}:4\",\"hash\":\"{newest}\",\"count\":4}}", output);
    }

    [Fact]
    public async Task AuditVerifyHead_LogGrewSinceTheHead_ValidAndHeadMatches()
    {
        var head = await HeadAsync();
        await AppendAsync(2);

        var (code, output, error) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", _connectionString);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal("{\"valid\":true,\"records\":6,\"headMatches\":true}", output);
    }

    [Fact]
    public async Task AuditVerifyHead_NewestRowsDeletedWithTriggersOff_ExitOneWithVietnameseReason()
    {
        var head = await HeadAsync();
        await ExecuteAsync("""
            ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
            DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events ORDER BY id DESC LIMIT 2);
            ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
            """);
        Assert.Equal("{\"valid\":true,\"records\":2}", (await CliRunner.Run("audit", "verify", "--connection", _connectionString)).Out);

        var (code, output, _) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", _connectionString);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.False(json.RootElement.GetProperty("headMatches").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("records").GetInt64());
        Assert.Equal("Nhật ký chỉ còn 2 bản ghi, ít hơn 4 bản ghi của mốc đã ghi nhận: các bản ghi mới nhất đã bị xóa.",
            json.RootElement.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("abc:4")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000:-1")]
    public async Task AuditVerifyHead_NotAHead_ExitTwo(string head)
    {
        var (code, output, error) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", _connectionString);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("MÃ-BĂM:SỐ-BẢN-GHI", error, StringComparison.Ordinal);
    }

    private async Task<string> HeadAsync()
    {
        var (_, output, _) = await CliRunner.Run("audit", "head", "--connection", _connectionString);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("head").GetString()!;
    }

    private Task AppendAsync(int rows) => ExecuteAsync(string.Concat(Enumerable.Range(0, rows).Select(i =>
        $"INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'c{i}');")));

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
