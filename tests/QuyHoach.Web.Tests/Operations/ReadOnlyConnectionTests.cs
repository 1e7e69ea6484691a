using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Operations;

/// <summary>
/// ConnectionStrings__QuyHoachReadOnly: the cadre list reads through it (a standby, or here a role granted only
/// SELECT), and nothing can be written through it; unset, the list reads the primary, still in read-only transactions.
/// </summary>
public sealed class ReadOnlyConnectionTests : IAsyncLifetime
{
    private const string ReadOnlyRole = "quyhoach_ro";
    private string _database = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        await ExecuteAsync(_database, $"""
            DO $$ BEGIN
                CREATE ROLE {ReadOnlyRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            GRANT USAGE ON SCHEMA public TO {ReadOnlyRole};
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO {ReadOnlyRole};
            """);
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(_database);

    [Fact]
    public async Task CadreList_ThroughASelectOnlyRole_ListsAndNothingCanBeWritten()
    {
        var readOnly = new NpgsqlConnectionStringBuilder(_database) { Username = ReadOnlyRole }.ConnectionString;
        await using var app = new QuyHoachAppFactory(_database, settings: new Dictionary<string, string?> { ["ConnectionStrings:QuyHoachReadOnly"] = readOnly });
        var staff = await app.SignInAsAsync(AppRoles.Staff);

        var list = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres", UriKind.Relative));
        Assert.True(list.GetProperty("total").GetInt32() >= 60, list.ToString());
        Assert.Contains("Tìm thấy", await staff.GetStringAsync(new Uri("/can-bo", UriKind.Relative)), StringComparison.Ordinal);
        // The list was read as the read-only role: its pooled connection is the one left open to the database.
        Assert.True(await ScalarAsync<long>($"SELECT count(*) FROM pg_stat_activity WHERE usename = '{ReadOnlyRole}' AND datname = current_database()") > 0);

        var viaApp = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(app.AppReadOnlyConnectionString, "UPDATE cadres SET full_name = full_name"));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, viaApp.SqlState);
        var asRole = new NpgsqlConnectionStringBuilder(app.AppReadOnlyConnectionString) { Options = null }.ConnectionString;
        var viaRole = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(asRole, "UPDATE cadres SET full_name = full_name"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, viaRole.SqlState);
    }

    [Fact]
    public async Task CadreList_NoReadOnlyConnection_ReadsThePrimaryInReadOnlyTransactions()
    {
        await using var app = new QuyHoachAppFactory(_database);
        var staff = await app.SignInAsAsync(AppRoles.Staff);

        var list = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres", UriKind.Relative));
        Assert.True(list.GetProperty("total").GetInt32() >= 60, list.ToString());
        Assert.Equal(TestDatabase.AppRole, new NpgsqlConnectionStringBuilder(app.AppReadOnlyConnectionString).Username);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(app.AppReadOnlyConnectionString, "UPDATE cadres SET full_name = full_name"));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
        await ExecuteAsync(app.AppConnectionString, "UPDATE cadres SET full_name = full_name WHERE false");
        // PostgreSQL's JIT never compiles its statements: a report's reads are the only ones costly enough for the planner
        // to compile, and compiling cost more than it saved.
        Assert.Equal("off", await ScalarAsync<string>("SHOW jit", app.AppReadOnlyConnectionString));
    }

    private async Task<T> ScalarAsync<T>(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? _database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
