using Npgsql;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// docs/security.md: the app's own database connection is not a superuser and owns nothing, so even someone who
/// takes it over can only append to the audit log, not rewrite it, switch its triggers off or change the schema.
/// </summary>
public sealed class DatabaseRolesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task AppConnection_IsNotASuperuser()
    {
        Assert.False(await ScalarAsync<bool>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
    }

    [Fact]
    public async Task AppConnection_OwnsNoTableOfTheDatabase()
    {
        Assert.Equal(0L, await ScalarAsync<long>("""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
            """));
    }

    [Fact]
    public async Task AppConnection_AppendsToAndReadsTheAuditLog()
    {
        var before = await ScalarAsync<long>("SELECT count(*) FROM audit_events");
        await ScalarAsync<long>("INSERT INTO audit_events (actor_name, action, entity_type) VALUES ('quantri', 'cadre.viewed', 'cadre') RETURNING id");
        Assert.Equal(before + 1, await ScalarAsync<long>("SELECT count(*) FROM audit_events"));
    }

    // WHERE false: no row reaches the append-only trigger, so only the missing privilege can refuse.
    [Theory]
    [InlineData("UPDATE audit_events SET actor_name = actor_name WHERE false", "permission denied")]
    [InlineData("DELETE FROM audit_events WHERE false", "permission denied")]
    [InlineData("TRUNCATE audit_events", "permission denied")]
    [InlineData("ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain", "must be owner")]
    [InlineData("ALTER TABLE cadres ADD COLUMN x integer", "must be owner")]
    [InlineData("DROP TABLE schema_history", "must be owner")]
    [InlineData("SET session_replication_role = replica", "permission denied")]
    [InlineData("INSERT INTO schema_history (version, name, checksum, execution_ms) VALUES (9999, 'x', 'x', 0)", "permission denied")]
    public async Task AppConnection_CannotRewriteTheLogOrChangeTheSchema(string sql, string refusal)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>(sql));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Contains(refusal, error.MessageText, StringComparison.Ordinal);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.App.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
