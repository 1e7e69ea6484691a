using System.Net;
using System.Text.Json.Nodes;
using QuyHoach.Data.Identity;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Admin;

/// <summary>
/// The last screens that read the built-in catalogue read the store (R-REG-4): the dossier check judges freshness by
/// the months of the version its round froze (R-DOS-2), the dossier pages state that version's months and working days
/// (R-DOS-2, R-AUTH-2) rather than numbers of their own, and the conference page names that version by its own document.
/// </summary>
public sealed class StoredRuleSetInDossiersTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DossierCheck_JudgesFreshnessByTheUploadedMonths_AndThePagesStateTheUploadedNumbers()
    {
        // A new version of the department's set: identical but for a dossier that stays fresh one month, not six, and
        // 20 working days to approve, not 30.
        var province = JsonNode.Parse(RuleSetCatalog.BuiltInJson("qd50-nam-dinh")!)!.AsObject();
        province["version"] = "2026.2";
        province["waits"] = new JsonObject { ["dossierFreshnessMonths"] = 1, ["approvalWorkingDays"] = 20 };
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        await RuleSetPages.ActivateAsync(admin, await RuleSetPages.UploadedAsync(admin, province.ToJsonString()));

        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossier = (await plans.DossiersAsync(roundId))["SCT-0015"];
        await plans.ReadyAsync(dossier, "30/09/2022");
        var view = await plans.Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{dossier}/dates", new { consideredOn = new DateOnly(2022, 11, 30), completedOn = (DateOnly?)null });

        // Six months would keep item 2 of 30/09/2022 valid through 30/03/2023; the stored one month ends it on 30/10/2022.
        var item = view.GetProperty("items")[1];
        Assert.Equal(("stale", "2022-10-30", false), (item.GetProperty("state").GetString(), item.GetProperty("validThrough").GetString(), view.GetProperty("ready").GetBoolean()));
        var line = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers").EnumerateArray()
            .Single(d => d.GetProperty("id").GetGuid() == dossier);
        Assert.False(line.GetProperty("ready").GetBoolean());

        var roundPage = WebUtility.HtmlDecode(await plans.Staff.Http.GetStringAsync(new Uri($"/dot-quy-hoach/{roundId}/ho-so", UriKind.Relative)));
        Assert.Contains("giấy tờ quá 1 tháng", roundPage, StringComparison.Ordinal);
        Assert.DoesNotContain("6 tháng", roundPage, StringComparison.Ordinal);
        var dossierPage = WebUtility.HtmlDecode(await plans.Staff.Http.GetStringAsync(new Uri($"/ho-so/{dossier}", UriKind.Relative)));
        Assert.Contains("Hạn thẩm định, phê duyệt (20 ngày làm việc, R-AUTH-2)", dossierPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConferencePage_NamesTheRoundsStoredSetByItsOwnDocument()
    {
        const string Plan = "Kế hoạch 45-KH/TU ngày 01/4/2022 của Ban Thường vụ Tỉnh ủy";
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        await RuleSetPages.ActivateAsync(admin, await RuleSetPages.UploadedAsync(admin, $$"""
            {
              "id": "qd50-tinh-bon-lam", "version": "2022.1", "extends": "qd50",
              "citations": ["{{Plan}} (bản thử)"]
            }
            """));

        var (run, staff, _) = await RoundDriver.InDepartmentAsync(fixture.App);
        var round = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát quy hoạch theo kế hoạch của tỉnh",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-tinh-bon-lam",
            titles = new[] { new { code = "SCT-PP", quota = 3 } },
        })).GetProperty("id").GetGuid();
        var conference = await run.OpenAsync(round, 1, new DateOnly(2022, 4, 5));

        var page = WebUtility.HtmlDecode(await staff.Http.GetStringAsync(new Uri($"/hoi-nghi/{conference.GetProperty("id").GetGuid()}", UriKind.Relative)));
        Assert.Contains($"<dt>Bộ quy tắc</dt><dd>{Plan}</dd>", page, StringComparison.Ordinal);
    }
}
