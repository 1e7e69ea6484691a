namespace QuyHoach.Web.Tests.Development;

/// <summary>
/// The development plan is made when the plan is approved (R-USE-2), not only on request: a cadre approved while
/// studying the title's political theory has the obligation's item at once, and asking again adds nothing.
/// </summary>
public sealed class DevelopmentOnApprovalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Approval_GeneratesTheEntrysObligationItems_Idempotently()
    {
        var plans = await Plans.PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossier = (await plans.DossiersAsync(roundId))["SCT-0015"];
        await plans.ReadyAsync(dossier, "30/05/2022");
        await ExecuteAsync($"""
            DELETE FROM political_theory_records WHERE cadre_id = (SELECT cadre_id FROM dossiers WHERE id = '{dossier}');
            INSERT INTO political_theory_records (id, cadre_id, level, studying, year)
            SELECT gen_random_uuid(), d.cadre_id, t.required_political_theory, true, 2022 FROM dossiers d JOIN titles t ON t.id = d.title_id WHERE d.id = '{dossier}';
            """);

        await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossier);
        var entry = (Guid)(await ScalarAsync($"SELECT e.id FROM plan_entries e JOIN dossiers d ON d.cadre_id = e.cadre_id AND d.title_id = e.title_id WHERE d.id = '{dossier}'"))!;

        var plan = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/development/{entry}");
        var item = Assert.Single(plan.GetProperty("items").EnumerateArray());
        Assert.Equal(("nghia-vu", "R-STD-2"), (item.GetProperty("kind").GetString(), item.GetProperty("ruleId").GetString()));
        Assert.Equal(0, (await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/development/{entry}/generate")).GetInt32());
        Assert.Equal(1, await fixture.App.AuditCountAsync("development.items_added"));
    }

    private async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
