using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.PlanningPages;
using static QuyHoach.Web.Tests.Planning.ConferenceVenueAndStartTests;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// When a conference ended, as staff record it, down to the tally minutes: not recorded, the minutes leave the time
/// dotted for hand-writing (never the server's clock); recorded on the conference page (or the API), they print it.
/// A bad time, a time before the start or another role changes nothing; the same time sent twice is saved and audited
/// once.
/// </summary>
public sealed class ConferenceEndTimeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Blank = "Biên bản kết thúc vào hồi ...... giờ ...... phút cùng ngày";

    [Fact]
    public async Task Minutes_EndTimeNotRecordedThenRecorded_DottedThenPrinted()
    {
        var app = fixture.App;
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var leader = new PlanningClient(await app.SignInAsAsync(AppRoles.Leader));
        var run = new RoundDriver(staff, new PlanningClient(await app.SignInAsAsync(AppRoles.Counter)), new PlanningClient(await app.SignInAsUserAsync("kiemphieu2")), ["kiemphieu", "kiemphieu2"]);
        var id = await NewRoundAsync(staff);
        var opened = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 1, heldOn = new DateOnly(2026, 4, 6), startsAt = "14:00" });
        Assert.Equal(JsonValueKind.Null, opened.GetProperty("endsAt").ValueKind);
        var conference = await CountAllPresentAsync(run, opened);
        var conferenceId = conference.GetProperty("id").GetGuid();

        var minutes = await MinutesAsync(staff, conference);
        Assert.Contains(Blank + ", đã được đọc lại", minutes, StringComparison.Ordinal);

        var url = $"/api/v1/conferences/{conferenceId}/end-time";
        Assert.Contains("Giờ kết thúc \"17h\" không hợp lệ: hãy nhập giờ dạng hh:mm (24 giờ)", await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, url, new { endsAt = "17h" }), StringComparison.Ordinal);
        Assert.Contains("Giờ kết thúc 13:30 phải sau giờ bắt đầu 14:00", await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, url, new { endsAt = "13:30" }), StringComparison.Ordinal);
        Assert.Contains("Chỉ chuyên viên tổ chức", await leader.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Put, url, new { endsAt = "16:45" }), StringComparison.Ordinal);
        Assert.Equal(0, await app.AuditCountAsync("conference.end_set"));
        Assert.Equal(minutes, await MinutesAsync(staff, conference));

        // The page's form, submitted twice at once: one change, one audit event, both answered as saved.
        var page = $"/hoi-nghi/{conferenceId}";
        var version = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{conferenceId}")).GetProperty("version").GetString()!;
        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PageForms.PostAsync(staff.Http, page, "gio-ket-thuc", ("gio-ket-thuc", "16:45"), ("phien-ban", version))));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.Equal(1, await app.AuditCountAsync("conference.end_set"));
        Assert.Contains("\"endsAt\": \"16:45\"", await app.LatestAuditAfterAsync("conference.end_set"), StringComparison.Ordinal);
        Assert.Equal("16:45", (await PageForms.GetAsync(staff.Http, page)).QuerySelector(".planning-facts #gio-ket-thuc")!.TextContent.Trim());
        Assert.Null((await PageForms.GetAsync(leader.Http, page)).QuerySelector("input[name=gio-ket-thuc]"));
        Assert.Contains("Biên bản kết thúc vào hồi 16 giờ 45 phút cùng ngày, đã được đọc lại", await MinutesAsync(staff, conference), StringComparison.Ordinal);

        // Cleared through the API: dotted again.
        var cleared = await staff.OkAsync(HttpMethod.Put, url, new { endsAt = "" });
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("endsAt").ValueKind);
        Assert.Equal(2, await app.AuditCountAsync("conference.end_set"));
        Assert.Contains(Blank, await MinutesAsync(staff, conference), StringComparison.Ordinal);
    }
}
