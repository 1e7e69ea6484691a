using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// The venue and start time on the pages, without script: given when staff opens a conference from the round page,
/// shown in the conference's facts ("Chưa ghi" when empty), changed later with the conference page's form; a bad time
/// is refused in Vietnamese and saves nothing; a leader sees them and has no form.
/// </summary>
public sealed class ConferenceVenuePagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Venue = "Hội trường tầng 3, Sở Công Thương";

    [Fact]
    public async Task OpenAndChange_VenueAndStart_ShownOnPage()
    {
        var app = fixture.App;
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var leader = await app.SignInAsAsync(AppRoles.Leader);
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát 2026",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var roundUrl = $"/dot-quy-hoach/{id}";
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0020", grounds = "Chuyển công tác" } } });

        var bad = await PageForms.PostAsync(staff.Http, roundUrl, "mo-hoi-nghi-1", ("Open.HeldOn", "06/04/2026"), ("Open.Venue", Venue), ("Open.StartsAt", "25:00"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Giờ bắt đầu \"25:00\" không hợp lệ: hãy nhập giờ dạng hh:mm (24 giờ)", await PageForms.HtmlAsync(staff.Http, bad), StringComparison.Ordinal);
        Assert.Null((await PageForms.GetAsync(staff.Http, roundUrl)).QuerySelector("a[href^='/hoi-nghi/']"));

        var opened = await PageForms.PostAsync(staff.Http, roundUrl, "mo-hoi-nghi-1", ("Open.HeldOn", "06/04/2026"), ("Open.Venue", Venue), ("Open.StartsAt", "14:00"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var url = opened.Headers.Location!.AbsolutePath;
        Assert.Equal((Venue, "14:00"), await FactsAsync(staff.Http, url));
        Assert.Equal((Venue, "14:00"), await FactsAsync(leader, url));
        Assert.Null((await PageForms.GetAsync(leader, url)).QuerySelector("input[name=_handler][value='dia-diem-gio']"));

        var refused = await PageForms.HtmlAsync(staff.Http, await PageForms.PostAsync(staff.Http, url, "dia-diem-gio", ("dia-diem", "Phòng họp số 2"), ("gio-bat-dau", "abc")));
        Assert.Contains("Giờ bắt đầu \"abc\" không hợp lệ", refused, StringComparison.Ordinal);
        Assert.Equal((Venue, "14:00"), await FactsAsync(staff.Http, url));

        var saved = await PageForms.PostAsync(staff.Http, url, "dia-diem-gio", ("dia-diem", ""), ("gio-bat-dau", "08:30"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Chưa ghi", "08:30"), await FactsAsync(staff.Http, url));
        Assert.Equal(1, await app.AuditCountAsync("conference.venue_and_start_set"));
    }

    /// <summary>The venue and the start time as the conference's facts list shows them.</summary>
    private static async Task<(string Venue, string StartsAt)> FactsAsync(HttpClient client, string url)
    {
        var page = await PageForms.GetAsync(client, url);
        return (page.QuerySelector(".planning-facts #dia-diem")!.TextContent.Trim(), page.QuerySelector(".planning-facts #gio-bat-dau")!.TextContent.Trim());
    }
}
