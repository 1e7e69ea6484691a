using System.Text.Json;
using Npgsql;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// <c>qh audit verify</c> on a migrated database of the throwaway cluster, with rows written through the real
/// insert trigger, then tampered with the way an owner or superuser could (triggers switched off).
/// </summary>
public sealed class AuditVerifyCommandTests : IAsyncLifetime
{
    private MigratedDatabase? _database;

    private MigratedDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    private string ConnectionString => Database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await MigratedDatabase.CreateAsync("qh_cli_audit");
        for (var i = 1; i <= 5; i++)
        {
            await Database.ExecuteAsync($$"""
                INSERT INTO audit_events (actor_name, action, entity_type, entity_id, after)
                VALUES ('quantri', 'account.created', 'account', 'u{{i}}', '{"userName":"u{{i}}","roles":["staff"]}')
                """);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task AuditVerify_UntouchedChain_ValidWithRecordCount()
    {
        var (code, output, error) = await CliRunner.Run("audit", "verify", "--connection", ConnectionString);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal("{\"valid\":true,\"records\":5}", output);
    }

    [Fact]
    public async Task AuditVerify_RowEditedWithTriggersOff_NamesThatRow()
    {
        await TamperAsync("UPDATE audit_events SET after = '{\"userName\":\"u3\",\"roles\":[\"admin\"]}' WHERE id = 3");

        var (code, output, _) = await CliRunner.Run("audit", "verify", "--connection", ConnectionString);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(5, json.RootElement.GetProperty("records").GetInt64());
        Assert.Equal(3, json.RootElement.GetProperty("firstBrokenId").GetInt64());
        Assert.Contains("bản ghi 3", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("đã bị sửa", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_RowEditedAndItsHashRecomputed_NamesTheNextRow()
    {
        await TamperAsync("""
            UPDATE audit_events SET actor_name = 'ai-do' WHERE id = 2;
            UPDATE audit_events a SET hash = audit_event_hash(a) WHERE id = 2;
            """);

        var (code, output, _) = await CliRunner.Run("audit", "verify", "--connection", ConnectionString);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("firstBrokenId").GetInt64());
        Assert.Contains("không nối tiếp bản ghi 2", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_RowDeletedWithTriggersOff_NamesTheRowAfterTheGap()
    {
        await TamperAsync("DELETE FROM audit_events WHERE id = 4");

        var (code, output, _) = await CliRunner.Run("audit", "verify", "--connection", ConnectionString);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("records").GetInt64());
        Assert.Equal(5, json.RootElement.GetProperty("firstBrokenId").GetInt64());
    }

    [Theory]
    [InlineData("UPDATE audit_events SET actor_name = 'x' WHERE id = 1", "không được sửa")]
    [InlineData("DELETE FROM audit_events WHERE id = 1", "không được xóa")]
    [InlineData("TRUNCATE audit_events", "TRUNCATE")]
    public async Task Triggers_OrdinaryUpdateDeleteTruncate_Refused(string sql, string message)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(sql));
        Assert.Contains(message, error.MessageText, StringComparison.Ordinal);
        Assert.Equal("{\"valid\":true,\"records\":5}", (await CliRunner.Run("audit", "verify", "--connection", ConnectionString)).Out);
    }

    [Fact]
    public async Task Triggers_ReplicationRoleReplica_StillRefuseUpdate()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            Database.ExecuteAsync("SET session_replication_role = replica; UPDATE audit_events SET actor_name = 'x' WHERE id = 1"));
        Assert.Contains("không được sửa", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_UnreachableDatabase_VietnameseErrorAndExitOne()
    {
        var (code, output, error) = await CliRunner.Run("audit", "verify", "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("Không kiểm tra được nhật ký kiểm tra", error, StringComparison.Ordinal);
    }

    /// <summary>What a table owner or superuser could do: switch the refusal off, change rows, switch it back on.</summary>
    private Task TamperAsync(string sql) => Database.ExecuteAsync($"""
        ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
        {sql};
        ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
        """);
}
