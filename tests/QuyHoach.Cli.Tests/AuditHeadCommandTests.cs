using System.Text.Json;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// <c>qh audit head</c> and <c>qh audit verify --head</c> (docs/security.md): a head written down outside the
/// database shows that the newest rows were removed, which the chain alone cannot show.
/// </summary>
public sealed class AuditHeadCommandTests : IAsyncLifetime
{
    private MigratedDatabase? _database;

    private MigratedDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    private string ConnectionString => Database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await MigratedDatabase.CreateAsync("qh_cli_head");
        await AppendAsync(4);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task AuditHead_PrintsTheNewestHashAndTheCount()
    {
        var newest = await Database.ScalarAsync<string>("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1");

        var (code, output, error) = await CliRunner.Run("audit", "head", "--connection", ConnectionString);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"{{\"head\":\"{newest}:4\",\"hash\":\"{newest}\",\"count\":4}}", output);
    }

    [Fact]
    public async Task AuditVerifyHead_LogGrewSinceTheHead_ValidAndHeadMatches()
    {
        var head = await HeadAsync();
        await AppendAsync(2);

        var (code, output, error) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", ConnectionString);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal("{\"valid\":true,\"records\":6,\"headMatches\":true}", output);
    }

    [Fact]
    public async Task AuditVerifyHead_NewestRowsDeletedWithTriggersOff_ExitOneWithVietnameseReason()
    {
        var head = await HeadAsync();
        await Database.ExecuteAsync("""
            ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
            DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events ORDER BY id DESC LIMIT 2);
            ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
            """);
        Assert.Equal("{\"valid\":true,\"records\":2}", (await CliRunner.Run("audit", "verify", "--connection", ConnectionString)).Out);

        var (code, output, _) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", ConnectionString);

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
        var (code, output, error) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", ConnectionString);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("MÃ-BĂM:SỐ-BẢN-GHI", error, StringComparison.Ordinal);
    }

    private async Task<string> HeadAsync()
    {
        var (_, output, _) = await CliRunner.Run("audit", "head", "--connection", ConnectionString);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("head").GetString()!;
    }

    private Task AppendAsync(int rows) => Database.ExecuteAsync(string.Concat(Enumerable.Range(0, rows).Select(i =>
        $"INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'c{i}');")));
}
