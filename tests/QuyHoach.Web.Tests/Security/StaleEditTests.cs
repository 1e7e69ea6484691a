using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Shell;
using QuyHoach.Web.Tests.Admin;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Plans;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): besides the cadre, the edits of an account, a dossier, a round step and a
/// conference were last-writer-wins. Each now carries the version it read; the second of two edits from the same read
/// is a 409 with the one stale message, the first's values stand and nothing else is written.
/// </summary>
public sealed class StaleEditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task AccountPage_TwoSavesFromTheSameRead_SecondIs409AndTheFirstStands()
    {
        var id = await TestAccounts.CreateAsync(App, "haiquantri", AppRoles.Staff);
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var url = $"/quan-tri/tai-khoan/{id}";
        var province = await PageForms.OptionValueAsync(admin, url, QuyHoachAppFactory.DemoProvinceName);
        var page = await admin.GetStringAsync(new Uri(url, UriKind.Relative));

        var first = await PostAsync(admin, url, page, "#form-vai-tro", ("Access.Roles[inspector]", "true"), ("Access.OrganisationId", province));
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(first));

        var second = await PostAsync(admin, url, page, "#form-vai-tro", ("Access.Roles[counter]", "true"), ("Access.OrganisationId", province));
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.True(second.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(second));
        Assert.Contains(StaleRecord.Message, html, StringComparison.Ordinal);

        var disable = await PostAsync(admin, url, page, "#form-tat-dang-nhap", ("Confirmed", "true"));
        Assert.True(disable.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(disable));

        var roles = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.roles_changed"), r => r.EntityId == id.ToString());
        Assert.Contains("\"roles\": [\"inspector\"]", roles.After, StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditRows.ReadAsync(App.ConnectionString, "account.disabled"), r => r.EntityId == id.ToString());
        var now = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.DoesNotContain("Đã tắt đăng nhập", now, StringComparison.Ordinal);
        Assert.Contains("Tôi xác nhận tắt đăng nhập", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DossierDatesAndAppraisal_TwoEditsFromTheSameRead_SecondIs409AndTheFirstStands()
    {
        var plans = await PlansDriver.StartAsync(App);
        var dossierId = (await plans.DossiersAsync(await plans.CloseSeed001Async()))["SCT-0015"];
        var url = $"/api/v1/dossiers/{dossierId}";
        var pageUrl = $"/ho-so/{dossierId}";
        var page = await plans.Staff.Http.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var version = (await plans.Staff.OkAsync(HttpMethod.Get, url)).GetProperty("version").GetString();

        var first = await plans.Staff.OkAsync(HttpMethod.Put, url + "/dates", new { consideredOn = new DateOnly(2022, 12, 1), completedOn = (DateOnly?)null, version });
        Assert.NotEqual(version, first.GetProperty("version").GetString());
        Assert.Equal(StaleRecord.Message, await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, url + "/dates", new { consideredOn = new DateOnly(2022, 12, 5), completedOn = (DateOnly?)null, version }));
        Assert.Equal(StaleRecord.Message, await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, url + "/appraisal", new { outcome = "met", appraisedOn = new DateOnly(2022, 11, 1), version }));

        // The page read before the first edit: its forms carry the old version.
        var dates = await PostAsync(plans.Staff.Http, pageUrl, page, "ngay-ho-so", ("Dates.ConsideredOn", "09/12/2022"), ("Dates.CompletedOn", ""));
        Assert.True(dates.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(dates));
        Assert.Contains(StaleRecord.Message, WebUtility.HtmlDecode(await dates.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var appraisal = await PostAsync(plans.Staff.Http, pageUrl, page, "tham-dinh", ("Appraisal.Outcome", "met"), ("Appraisal.AppraisedOn", "01/11/2022"));
        Assert.True(appraisal.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(appraisal));

        var now = await plans.Staff.OkAsync(HttpMethod.Get, url);
        Assert.Equal("2022-12-01", now.GetProperty("consideredOn").GetString());
        Assert.Equal(JsonValueKind.Null, now.GetProperty("appraisal").ValueKind);
        Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "dossier.dates_changed"), r => r.EntityId == dossierId.ToString());
        Assert.DoesNotContain(await AuditRows.ReadAsync(App.ConnectionString, "dossier.appraised"), r => r.EntityId == dossierId.ToString());

        // A caller that sends no version keeps working.
        await plans.Staff.OkAsync(HttpMethod.Put, url + "/appraisal", new { outcome = "met", appraisedOn = new DateOnly(2022, 11, 1) });
    }

    [Fact]
    public async Task RoundStepAndConferenceVenue_TwoEditsFromTheSameRead_SecondIs409AndTheFirstStands()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát 2026 (hai người sửa)",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var stepVersion = round.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 4).GetProperty("version").GetString();
        var stepUrl = $"/api/v1/rounds/{id}/steps/4";
        await staff.OkAsync(HttpMethod.Put, stepUrl, new { dueOn = new DateOnly(2026, 4, 10), version = stepVersion });
        Assert.Equal(StaleRecord.Message, await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, stepUrl, new { dueOn = new DateOnly(2026, 4, 20), version = stepVersion }));
        var step = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}")).GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 4);
        Assert.Equal("2026-04-10", step.GetProperty("dueOn").GetString());
        Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "round.step_changed"), r => r.EntityId == id.ToString());

        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016" } } });
        var conference = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 1, heldOn = new DateOnly(2026, 4, 6), venue = "Hội trường tầng 3" });
        var conferenceId = conference.GetProperty("id").GetGuid();
        var venueUrl = $"/api/v1/conferences/{conferenceId}/venue-and-start";
        var pageUrl = $"/hoi-nghi/{conferenceId}";
        var page = await staff.Http.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var version = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{conferenceId}")).GetProperty("version").GetString();

        var first = await staff.OkAsync(HttpMethod.Put, venueUrl, new { venue = "Phòng họp số 1", startsAt = "08:00", version });
        Assert.NotEqual(version, first.GetProperty("version").GetString());
        Assert.Equal(StaleRecord.Message, await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, venueUrl, new { venue = "Phòng họp số 2", startsAt = "14:00", version }));
        var posted = await PostAsync(staff.Http, pageUrl, page, "dia-diem-gio", ("dia-diem", "Phòng họp số 3"), ("gio-bat-dau", "15:00"));
        Assert.True(posted.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(posted));
        Assert.Contains(StaleRecord.Message, WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var now = await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{conferenceId}");
        Assert.Equal("Phòng họp số 1", now.GetProperty("venue").GetString());
        Assert.Equal("08:00", now.GetProperty("startsAt").GetString());
        Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "conference.venue_and_start_set"), r => r.EntityId == conferenceId.ToString());
    }

    /// <summary>Posts a form as the browser would from the page read earlier: its hidden fields (version included) and the values given.</summary>
    /// <remarks><paramref name="form"/> is a CSS selector (#id) or the Blazor form name (@formname).</remarks>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string page, string form, params (string Name, string Value)[] fields)
    {
        var document = new HtmlParser().ParseDocument(page);
        var element = (form.StartsWith('#') ? document.QuerySelector(form) : document.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{form}']") is not null))
            ?? throw new InvalidOperationException($"No form {form} in:\n{page}");
        var values = element.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
