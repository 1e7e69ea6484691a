using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Admin;

/// <summary>
/// Rule sets an administrator maintains (R-REG-4): a province set that extends QĐ 377 and overrides one number is
/// uploaded, shown as a difference, activated, and changes only the verdicts that number decides; a malformed file is
/// refused with its line; the same file twice is one version; a round keeps the version it began with.
/// </summary>
public sealed class MaintainingRuleSetsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Province = """
        {
          "id": "qd377-tinh-thu",
          "version": "2026.1",
          "extends": "qd377",
          "citations": ["Kế hoạch 12-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy"],
          "ageFloors": { "currentTermAdditionMonths": 180 }
        }
        """;

    private static readonly string[] AgeRules = ["R-AGE-1", "R-AGE-2", "R-AGE-3"];

    [Fact]
    public async Task ProvinceSet_OverridingOneNumber_ChangesThatVerdictAndNothingElse()
    {
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        var version = await RuleSetPages.UploadedAsync(admin, Province);
        var page = await RuleSetPages.TextAsync(admin, version);
        Assert.Contains("Chưa áp dụng", page, StringComparison.Ordinal);
        Assert.Contains("Bổ sung quy hoạch nhiệm kỳ hiện tại: thời gian công tác còn lại tối thiểu (tháng)", page, StringComparison.Ordinal);
        Assert.Contains("chưa xác nhận", page, StringComparison.Ordinal);

        // Not activated: nobody can screen under it yet.
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        var id = await fixture.App.CadreIdAsync("SCT-0023");
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync(new Uri($"/api/v1/cadres/{id}?thang=04/2026&bo-quy-tac=qd377-tinh-thu", UriKind.Relative))).StatusCode);

        var activations = await fixture.App.AuditCountAsync("rule_set.activated");
        await RuleSetPages.ActivateAsync(admin, version, times: 2);
        Assert.Contains("Đang áp dụng", await RuleSetPages.TextAsync(admin, version), StringComparison.Ordinal);
        Assert.Equal(activations + 1, await fixture.App.AuditCountAsync("rule_set.activated"));

        var changed = 0;
        for (var n = 1; n <= 60; n++)
        {
            var cadre = await fixture.App.CadreIdAsync($"SCT-{n:D4}");
            var before = await VerdictsAsync(staff, cadre, "qd377");
            var after = await VerdictsAsync(staff, cadre, "qd377-tinh-thu");
            changed += before.Zip(after).Count(p => p.First.GetRawText() != p.Second.GetRawText());
            Assert.Equal(before.Select(WithoutAge), after.Select(WithoutAge));
        }

        Assert.True(changed > 0, "The override of the current-term floor changed no verdict.");
    }

    [Fact]
    public async Task MalformedFile_IsRefusedWithTheLineAtFault_NothingStored()
    {
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        var uploads = await fixture.App.AuditCountAsync("rule_set.uploaded");
        using var response = await RuleSetPages.UploadAsync(admin, Province.Replace(": 180", ": 18O", StringComparison.Ordinal));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dòng 6: Tệp không phải JSON hợp lệ", html, StringComparison.Ordinal);

        using var badValue = await RuleSetPages.UploadAsync(admin, Province.Replace(": 180", ": -5", StringComparison.Ordinal));
        Assert.Contains("Dòng 6: ageFloors.currentTermAdditionMonths: Phải lớn hơn hoặc bằng 0 (đã nhập -5).", WebUtility.HtmlDecode(await badValue.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(uploads, await fixture.App.AuditCountAsync("rule_set.uploaded"));
    }

    [Fact]
    public async Task SameFileTwice_IsOneVersion()
    {
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        var json = Province.Replace("qd377-tinh-thu", "qd377-tinh-hai", StringComparison.Ordinal);
        var uploads = await fixture.App.AuditCountAsync("rule_set.uploaded");
        var first = await RuleSetPages.UploadedAsync(admin, json);
        var second = await RuleSetPages.UploadedAsync(admin, json);
        Assert.Equal(first, second);
        Assert.Equal(uploads + 1, await fixture.App.AuditCountAsync("rule_set.uploaded"));

        using var other = await RuleSetPages.UploadAsync(admin, json.Replace("180", "120", StringComparison.Ordinal));
        Assert.Contains("Dòng 3: version: Phiên bản 2026.1 của bộ quy tắc này đã có với nội dung khác", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_KeepsTheVersionItBeganWith()
    {
        var (run, staff, _) = await RoundDriver.InDepartmentAsync(fixture.App);
        var before = await run.OpenAsync(await NewRoundAsync(staff), 1, new DateOnly(2022, 4, 5));
        Assert.Equal(("qd50-nam-dinh@2022.1", "2/3"), (before.GetProperty("ruleSet").GetString(), before.GetProperty("quorumShare").GetString()));

        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        var version = await RuleSetPages.UploadedAsync(admin, """
            {
              "id": "qd50-nam-dinh", "version": "2026.1", "extends": "qd50",
              "citations": ["Kế hoạch 37-KH/TU ngày 25/3/2022 của Ban Thường vụ Tỉnh ủy Nam Định"],
              "quorum": { "numerator": 3, "denominator": 4 }
            }
            """);
        await RuleSetPages.ActivateAsync(admin, version);

        var kept = await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{before.GetProperty("id").GetGuid()}");
        Assert.Equal(("qd50-nam-dinh@2022.1", "2/3"), (kept.GetProperty("ruleSet").GetString(), kept.GetProperty("quorumShare").GetString()));
        var after = await run.OpenAsync(await NewRoundAsync(staff), 1, new DateOnly(2022, 4, 6));
        Assert.Equal(("qd50-nam-dinh@2026.1", "3/4"), (after.GetProperty("ruleSet").GetString(), after.GetProperty("quorumShare").GetString()));
    }

    private static async Task<Guid> NewRoundAsync(PlanningClient staff) => (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
    {
        name = "Rà soát, bổ sung quy hoạch năm 2022 " + Guid.NewGuid().ToString("N")[..6],
        kind = "annual-review",
        managementAuthorityCode = "NDI-SCT-DQL",
        termCode = "2020-2025",
        referenceMonth = "2022-04",
        ruleSetId = "qd50-nam-dinh",
        titles = new[] { new { code = "SCT-PP", quota = 3 } },
    })).GetProperty("id").GetGuid();

    private static async Task<List<JsonElement>> VerdictsAsync(HttpClient client, Guid? cadre, string ruleSet)
    {
        var profile = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{cadre}?thang=04/2026&bo-quy-tac={ruleSet}", UriKind.Relative));
        var screening = profile.GetProperty("screening");
        return [.. screening.GetProperty("verdicts").EnumerateArray(), .. screening.GetProperty("nextTermVerdicts").EnumerateArray()];
    }

    /// <summary>A verdict without what the age floor decides (its outcome, the months required, the age reasons).</summary>
    private static string WithoutAge(JsonElement verdict)
    {
        var reasons = verdict.GetProperty("reasons").EnumerateArray().Where(r => !AgeRules.Contains(r.GetProperty("ruleId").GetString())).Select(r => r.GetRawText());
        var fields = verdict.EnumerateObject().Where(p => p.Name is not ("reasons" or "outcome" or "outcomeLabel" or "requiredMonths")).Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return string.Join("|", fields) + "|" + string.Join("|", reasons);
    }
}
