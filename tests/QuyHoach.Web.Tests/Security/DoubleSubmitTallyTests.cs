using System.Net;
using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Migrations;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): one live tally entry per counter per ballot. Six identical submissions at once from one counter
/// used to store six live entries and wedge the ballot (the second counter got 409, the first a 500); now they queue on
/// the ballot's lock, the first is stored and the others answer with it. Migration 0010 repairs a ballot wedged before.
/// </summary>
public sealed class DoubleSubmitTallyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SixIdenticalSubmissionsAtOnce_OneLiveEntry_SecondCounterProceeds()
    {
        var (run, counterA, counterB, ballot) = await RemovalBallotAsync("Rà soát năm 2022 (nhập trùng)");
        var id = ballot.GetProperty("id").GetGuid();
        var tally = Tally(ballot, "5/5/5/0", 3);
        await counterA.AntiforgeryTokenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => counterA.PostAsync($"/api/v1/ballots/{id}/tallies", tally)));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"{(int)a.Status} {a.Body}"));
        Assert.All(answers, a => Assert.Equal(answers[0].Body.ToString(), a.Body.ToString()));
        Assert.Equal(("awaiting-entries", 1), (answers[0].Body.GetProperty("status").GetString(), answers[0].Body.GetProperty("entries").GetInt32()));
        Assert.Equal(1, await LiveEntriesAsync(id));
        Assert.Equal(1, await EnteredEventsAsync(id));

        // The database refuses a second live entry by the same member whoever writes it (here, SQL past the handler).
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<int>($"""
            INSERT INTO tally_entries (id, ballot_id, entered_by_user_id, entered_at, superseded, issued, returned, valid, invalid)
            SELECT gen_random_uuid(), ballot_id, entered_by_user_id, entered_at, false, issued, returned, valid, invalid
            FROM tally_entries WHERE ballot_id = '{id}' RETURNING 1
            """));
        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ux_tally_entries_live_entry"), (refused.SqlState, refused.ConstraintName));

        // The same counter with other numbers while their entry stands: refused, nothing stored.
        Assert.Contains("thành viên khác", await counterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", Tally(ballot, "5/5/5/0", 4)), StringComparison.Ordinal);
        Assert.Equal(1, await LiveEntriesAsync(id));

        // The second counter enters and the ballot goes on to its results; the first counter's late repeat still answers.
        Assert.Equal("reconciled", (await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally)).GetProperty("status").GetString());
        Assert.Equal("reconciled", (await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally)).GetProperty("status").GetString());
        Assert.Equal(["SCT-0019:3:không đạt"], Lines(await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/results")));
        Assert.Equal(2, await LiveEntriesAsync(id));
        _ = run;
    }

    [Fact]
    public async Task Migration0010_WedgedBallot_KeepsFirstEntryAndLogsTheOthers()
    {
        var (_, counterA, counterB, ballot) = await RemovalBallotAsync("Rà soát năm 2022 (sửa phiếu bị kẹt)");
        var id = ballot.GetProperty("id").GetGuid();
        var tally = Tally(ballot, "5/5/5/0", 3);
        await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally);

        // The state the old code left: without the index, four more live copies of the counter's entry, 28 ms apart.
        await using (var connection = new NpgsqlConnection(fixture.App.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "DROP INDEX ux_tally_entries_live_entry");
            await ExecuteAsync(connection, $"""
                INSERT INTO tally_entries (id, ballot_id, entered_by_user_id, entered_at, superseded, issued, returned, valid, invalid)
                SELECT gen_random_uuid(), e.ballot_id, e.entered_by_user_id, e.entered_at + n * interval '28 milliseconds', false, e.issued, e.returned, e.valid, e.invalid
                FROM tally_entries e CROSS JOIN generate_series(1, 4) n WHERE e.ballot_id = '{id}';
                INSERT INTO tally_entry_votes (entry_id, candidate_id, agree)
                SELECT e.id, v.candidate_id, v.agree FROM tally_entries e
                JOIN tally_entries f ON f.ballot_id = e.ballot_id AND f.entered_at = (SELECT min(entered_at) FROM tally_entries WHERE ballot_id = '{id}')
                JOIN tally_entry_votes v ON v.entry_id = f.id
                WHERE e.ballot_id = '{id}' AND e.id <> f.id;
                """);
        }

        Assert.Equal(5, await LiveEntriesAsync(id));
        var first = await ScalarAsync<Guid>($"SELECT id FROM tally_entries WHERE ballot_id = '{id}' ORDER BY entered_at LIMIT 1");

        await using (var connection = new NpgsqlConnection(fixture.App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var migrate = new NpgsqlCommand(SqlMigration.All.Single(m => m.Version == 10).Sql, connection, transaction))
            {
                await migrate.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        Assert.Equal(1, await LiveEntriesAsync(id));
        Assert.Equal(first, await ScalarAsync<Guid>($"SELECT id FROM tally_entries WHERE ballot_id = '{id}' AND NOT superseded"));
        Assert.Equal(5, await ScalarAsync<long>($"SELECT count(*) FROM tally_entries WHERE ballot_id = '{id}'"));
        Assert.Equal(4, await ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'tally.duplicate_superseded' AND entity_id = '{id}' AND after->>'keptEntryId' = '{first}'"));
        Assert.Equal(1, await ScalarAsync<long>($"SELECT count(*) FROM pg_indexes WHERE indexname = 'ux_tally_entries_live_entry'"));

        // The audit chain still verifies, and the ballot goes on.
        Assert.True((await AuditChainVerifier.VerifyAsync(fixture.App.ConnectionString)).Valid);
        Assert.Equal("reconciled", (await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally)).GetProperty("status").GetString());
        Assert.Equal(["SCT-0019:3:không đạt"], Lines(await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/results")));
    }

    /// <summary>An annual review of 2022 whose first step votes on removing SCT-0019 (one line), 5 of the body present.</summary>
    private async Task<(RoundDriver Run, PlanningClient CounterA, PlanningClient CounterB, JsonElement Ballot)> RemovalBallotAsync(string name)
    {
        var app = fixture.App;
        if (await app.CadreIdAsync("SCT-0019") is null)
        {
            throw new InvalidOperationException("The demo registry holds SCT-0019.");
        }

        var (run, staff, counterA, counterB) = await CastAsync(app);
        var id = await RemovalRoundAsync(staff, name);
        var conference = await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        return (run, counterA, counterB, Ballot(conference, "SCT-PP"));
    }

    /// <summary>
    /// Staff and the two counters on every committee (kiemphieu, kiemphieu2), as RoundDriver.InDepartmentAsync makes
    /// them; the second counter's account is created once per app, since xunit builds the class anew for each test.
    /// </summary>
    internal static async Task<(RoundDriver Run, PlanningClient Staff, PlanningClient CounterA, PlanningClient CounterB)> CastAsync(QuyHoach.Testing.QuyHoachAppFactory app)
    {
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM users WHERE user_name = 'kiemphieu2'", connection);
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", Data.Identity.AppRoles.Counter, "NDI-SCT");
            }
        }

        var staff = new PlanningClient(await app.SignInAsAsync(Data.Identity.AppRoles.Staff));
        var counterA = new PlanningClient(await app.SignInAsAsync(Data.Identity.AppRoles.Counter));
        var counterB = new PlanningClient(await app.SignInAsUserAsync("kiemphieu2"));
        return (new RoundDriver(staff, counterA, counterB, ["kiemphieu", "kiemphieu2"]), staff, counterA, counterB);
    }

    private Task<long> LiveEntriesAsync(Guid ballotId) => ScalarAsync<long>($"SELECT count(*) FROM tally_entries WHERE ballot_id = '{ballotId}' AND NOT superseded");

    private Task<long> EnteredEventsAsync(Guid ballotId) => ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'tally.entered' AND entity_id = '{ballotId}'");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
