using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Development;

/// <summary>
/// The development plan of a planned cadre (R-USE-2) on the demo's approved plan (signed 15/12/2025, appointable from
/// 16/03/2026 under R-PRI-8): SCT-0023, planned Trưởng phòng, is made to be studying the required political theory
/// (R-STD-2); the obligation becomes an item due before appointment, is reminded, shown in the annual review, refuses
/// the appointment, and closing it with a certificate writes the level to the registry from the certificate's date.
/// </summary>
public sealed class DevelopmentPlanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Cadre = "SCT-0023";

    [Fact]
    public async Task StudyingPoliticalTheory_IsPlannedRemindedRefusesAppointment_UntilClosedWithCertificate()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var level = await StudyingAsync(Cadre);
        var line = (await plans.PlanLinesAsync(new DateOnly(2025, 12, 15))).Single(l => l.GetProperty("cadreCode").GetString() == Cadre);
        var (entry, name) = (line.GetProperty("entryId").GetGuid(), line.GetProperty("fullName").GetString()!);

        // Generation is idempotent, twice in a row and twice at once.
        Assert.Equal(1, (await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/development/{entry}/generate")).GetInt32());
        await Task.WhenAll(plans.Staff.PostAsync($"/api/v1/development/{entry}/generate"), plans.Staff.PostAsync($"/api/v1/development/{entry}/generate"));
        var plan = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/development/{entry}");
        var item = Assert.Single(plan.GetProperty("items").EnumerateArray());
        Assert.Equal(("nghia-vu", "2026-03-16", "R-STD-2", true), (item.GetProperty("kind").GetString(), item.GetProperty("dueOn").GetString(), item.GetProperty("ruleId").GetString(), item.GetProperty("overdue").GetBoolean()));
        Assert.Equal("LLCT_STUDYING", Assert.Single(plan.GetProperty("unmet").EnumerateArray()).GetProperty("code").GetString());
        // The API's state word, and nothing of the typed state the pages use.
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.False(item.TryGetProperty("state", out _) || item.TryGetProperty("isOpen", out _));

        // A rotation the staff add, double-submitted, is one item.
        var rotation = new { kind = "luan-chuyen", content = "", titleId = await IdAsync("titles", "SCT-TP"), responsibleOrganisationId = await OrganisationOfAsync(entry), startsOn = new DateOnly(2027, 1, 1), endsOn = new DateOnly(2028, 12, 31) };
        await Task.WhenAll(plans.Staff.PostAsync($"/api/v1/development/{entry}/items", rotation), plans.Staff.PostAsync($"/api/v1/development/{entry}/items", rotation));
        Assert.Equal(2, (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/development/{entry}")).GetProperty("items").GetArrayLength());

        // The overdue item is on the staff's home page and in the annual review's source list.
        var home = await (await plans.Staff.Http.GetAsync(new Uri("/", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.True(home.Contains($"{name}: Trình độ lý luận chính trị (hoàn thành khóa học đang học)", StringComparison.Ordinal), home[Math.Max(0, home.IndexOf("<main", StringComparison.Ordinal))..]);
        Assert.Contains("hạn 16/03/2026, đã quá hạn", home, StringComparison.Ordinal);
        await SourceListShowsTheOverdueItemAsync(plans);

        // The unit's plan lists every open item with its due date; the list by cadre too.
        var document = await DownloadedDocuments.WordAsync(plans.Staff, "/api/v1/development/plan.docx?year=2026");
        Assert.Contains(document, p => p.Contains("KẾ HOẠCH", StringComparison.Ordinal));
        Assert.Contains(document, p => p.StartsWith("Căn cứ", StringComparison.Ordinal));
        Assert.Contains(document, p => p.Contains("16/03/2026", StringComparison.Ordinal));
        Assert.Contains(document, p => p.Contains("31/12/2028", StringComparison.Ordinal));
        Assert.Equal(2, document.Count(p => p.StartsWith(name, StringComparison.Ordinal)));
        var sheet = Assert.Single(await DownloadedDocuments.ExcelAsync(plans.Staff, "/api/v1/development/obligations.xlsx")).Value;
        Assert.Equal(3, sheet.Length);

        // The appointment is refused naming the standard that must be met first.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var certificate = today.AddDays(-10);
        var refused = await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint(certificate));
        Assert.Contains("chưa đạt tiêu chuẩn phải có trước khi bổ nhiệm vào chức danh", refused, StringComparison.Ordinal);
        Assert.Contains("Trình độ lý luận chính trị (hoàn thành khóa học đang học) (R-STD-2)", refused, StringComparison.Ordinal);

        // Closing with the certificate (twice: closes once) writes the level from the certificate's date.
        var id = item.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await CloseAsync(plans.Staff, id, certificate, "chung-chi.exe", [0x4D, 0x5A, 0x90])).Status);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(plans.Staff, id, certificate, "chung-chi.pdf", PlansDriver.Pdf("LLCT"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(plans.Staff, id, certificate, "chung-chi.pdf", PlansDriver.Pdf("LLCT"))).Status);
        Assert.Equal($"{level} {certificate:yyyy-MM-dd}", await CompletedLevelAsync(Cadre));
        Assert.Equal(1, await fixture.App.AuditCountAsync("development.item_closed"));
        var closed = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/development/{entry}");
        Assert.Empty(closed.GetProperty("unmet").EnumerateArray());
        Assert.Equal("done", closed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("status").GetString());

        // Before the certificate's date the registry does not know the level: refused the day before, allowed on the day.
        await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint(certificate.AddDays(-1)));
        await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/plan/appointments", Appoint(certificate));
    }

    [Fact]
    public async Task DevelopmentPlan_OtherRoles_RefusedWithoutLeak()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var entry = (await plans.PlanLinesAsync(new DateOnly(2025, 12, 15))).First().GetProperty("entryId").GetGuid();
        var delegateClient = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Delegate));
        var (status, body) = await delegateClient.GetAsync($"/api/v1/development/{entry}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("items", body.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await plans.Leader.PostAsync($"/api/v1/development/{entry}/generate")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await plans.Staff.GetAsync($"/api/v1/development/{Guid.NewGuid()}")).Status);
    }

    private static object Appoint(DateOnly startedOn) => new { cadreCode = Cadre, titleCode = "SCT-TP", startedOn, decisionNumber = "30/QĐ-SCT" };

    private async Task SourceListShowsTheOverdueItemAsync(PlansDriver plans)
    {
        var round = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2026",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-11",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var line = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray().Single(e => e.GetProperty("cadreCode").GetString() == Cadre);
        var obligations = line.GetProperty("openObligations").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Contains(obligations, o => o!.Contains("hạn 16/03/2026, quá hạn", StringComparison.Ordinal));
        await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/cancel", new { reason = "Tạo để kiểm tra danh sách nguồn." });
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> CloseAsync(PlanningClient client, Guid itemId, DateOnly date, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/development/items/{itemId}/close?evidenceDate={date:dd/MM/yyyy}&evidenceNumber=CC-2026-15", UriKind.Relative)) { Content = form };
        request.Headers.Add("RequestVerificationToken", await client.AntiforgeryTokenAsync());
        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The cadre's completed political theory replaced by the title's required level being studied; returns the level.</summary>
    private async Task<string> StudyingAsync(string code) => (string)(await ScalarAsync($"""
        DELETE FROM political_theory_records WHERE cadre_id = (SELECT id FROM cadres WHERE code = '{code}');
        INSERT INTO political_theory_records (id, cadre_id, level, studying, year)
        SELECT gen_random_uuid(), (SELECT id FROM cadres WHERE code = '{code}'), required_political_theory, true, 2025 FROM titles WHERE code = 'SCT-TP';
        SELECT required_political_theory FROM titles WHERE code = 'SCT-TP';
        """))!;

    private async Task<string?> CompletedLevelAsync(string code) => (string?)await ScalarAsync($"""
        SELECT string_agg(level || ' ' || to_char(completed_on, 'YYYY-MM-DD'), ',') FROM political_theory_records
        WHERE cadre_id = (SELECT id FROM cadres WHERE code = '{code}') AND NOT studying
        """);

    private async Task<Guid> IdAsync(string table, string code) => (Guid)(await ScalarAsync($"SELECT id FROM {table} WHERE code = '{code}'"))!;

    private async Task<Guid> OrganisationOfAsync(Guid entry) => (Guid)(await ScalarAsync($"SELECT organisation_id FROM plan_entries WHERE id = '{entry}'"))!;

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
