using Npgsql;
using QuyHoach.Data.Audit;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// docs/security.md: what someone with more rights than the app (replica mode, a superuser who switches the
/// chain trigger off, deletes the newest rows) can do to the audit log, and how it is caught. Connected as the test
/// cluster's superuser, the strongest attacker there is.
/// </summary>
public sealed class AuditChainTamperTests : IAsyncLifetime
{
    /// <summary>A forged row: dated 2020, linked to the current head, hashed with the database's own function.</summary>
    private const string ForgeSql = """
        CREATE TEMP TABLE forged (LIKE audit_events);
        INSERT INTO forged (id, occurred_at, actor_name, action, entity_type, entity_id, after, prev_hash, hash)
            SELECT id + 1, timestamptz '2020-01-01 08:00:00+07', 'quantri', 'account.created', 'account', 'ke-gian',
                   '{"userName":"ke-gian","roles":["admin"]}', hash, ''
            FROM audit_events ORDER BY id DESC LIMIT 1;
        UPDATE forged f SET hash = audit_event_hash(ROW(f.*)::audit_events);
        """;

    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestDatabase.CreateSeededAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_connectionString);

    [Fact]
    public async Task ReplicaModeInsert_BackdatedWithRecomputedHash_DatabaseStampsTheRowAnyway()
    {
        await AppendAsync(2);
        var before = await AuditChainHead.ReadAsync(_connectionString);

        await ExecuteAsync(ForgeSql + """
            SET session_replication_role = replica;
            INSERT INTO audit_events SELECT * FROM forged;
            """);

        // The chain trigger fires in replica mode too: the row gets the database's time and hash, not the forged ones.
        var (entity, occurredAt) = await NewestAsync();
        Assert.Equal("ke-gian", entity);
        Assert.True(occurredAt > DateTimeOffset.UtcNow.AddHours(-1), $"stored time {occurredAt:O} is the forged one");
        var report = await AuditChainVerifier.VerifyAsync(_connectionString);
        Assert.True(report.Valid, report.Reason);
        Assert.Equal(before.Count + 1, report.Records);
    }

    [Fact]
    public async Task TriggerSwitchedOffBySuperuser_BackdatedRowWithRecomputedHash_VerifyFlagsTimeGoingBackwards()
    {
        await AppendAsync(2);
        await ExecuteAsync(ForgeSql + """
            ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain;
            INSERT INTO audit_events SELECT * FROM forged;
            ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_chain;
            """);
        var forgedId = await ScalarAsync<long>("SELECT id FROM audit_events WHERE entity_id = 'ke-gian'");

        var report = await AuditChainVerifier.VerifyAsync(_connectionString);

        Assert.False(report.Valid);
        Assert.Equal(forgedId, report.FirstBrokenId);
        Assert.Contains($"bản ghi {forgedId}", report.Reason, StringComparison.Ordinal);
        Assert.Contains("sớm hơn bản ghi", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewestRowsDeletedBySuperuser_ChainAloneHolds_RecordedHeadShowsTheTruncation()
    {
        await AppendAsync(3);
        var head = await AuditChainHead.ReadAsync(_connectionString);

        await DeleteNewestAsync(2);

        Assert.True((await AuditChainVerifier.VerifyAsync(_connectionString)).Valid, "the shorter chain is still a valid chain");
        var report = await AuditChainVerifier.VerifyAsync(_connectionString, head);
        Assert.False(report.Valid);
        Assert.False(report.HeadMatches);
        Assert.Null(report.FirstBrokenId);
        Assert.Equal(head.Count - 2, report.Records);
        Assert.Contains("các bản ghi mới nhất đã bị xóa", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewestRowsDeletedThenAsManyAppended_RecordedHeadNoLongerMatches()
    {
        await AppendAsync(2);
        var head = await AuditChainHead.ReadAsync(_connectionString);

        await DeleteNewestAsync(2);
        await AppendAsync(2);

        var report = await AuditChainVerifier.VerifyAsync(_connectionString, head);
        Assert.False(report.Valid);
        Assert.False(report.HeadMatches);
        Assert.Equal(head.Count, report.Records);
        Assert.Contains($"Bản ghi thứ {head.Count}", report.Reason, StringComparison.Ordinal);
        Assert.Contains("viết lại", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntouchedLog_RecordedHeadThenMoreRows_HeadStillMatches()
    {
        var head = await AuditChainHead.ReadAsync(_connectionString);
        await AppendAsync(2);

        var report = await AuditChainVerifier.VerifyAsync(_connectionString, head);
        Assert.True(report.Valid, report.Reason);
        Assert.True(report.HeadMatches);
        Assert.Equal(head.Count + 2, report.Records);
    }

    private Task AppendAsync(int rows) => ExecuteAsync(string.Concat(Enumerable.Range(0, rows).Select(i =>
        $"INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'c{i}');")));

    /// <summary>What a superuser could do: switch the refusal off, delete the newest rows, switch it back on.</summary>
    private Task DeleteNewestAsync(int rows) => ExecuteAsync($"""
        ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
        DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events ORDER BY id DESC LIMIT {rows});
        ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
        """);

    private async Task<(string Entity, DateTimeOffset OccurredAt)> NewestAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT entity_id, occurred_at FROM audit_events ORDER BY id DESC LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1));
    }

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
