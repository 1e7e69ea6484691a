using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Outputs;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// Where and when a conference sat, through the API, down to the tally minutes: step 1 opened with its venue and start
/// time prints them; step 2 opened without prints the unit's seat and a dotted time (never the server's clock) until staff
/// records them later. A bad time is a Vietnamese 400 that changes nothing; only staff may record them.
/// </summary>
public sealed partial class ConferenceVenueAndStartTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Venue = "Hội trường tầng 3, Sở Công Thương";

    [Fact]
    public async Task Minutes_VenueAndStartRecordedOrNot_PrintedOrFallback()
    {
        var app = fixture.App;
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var leader = new PlanningClient(await app.SignInAsAsync(AppRoles.Leader));
        var counterA = new PlanningClient(await app.SignInAsAsync(AppRoles.Counter));
        var counterB = new PlanningClient(await app.SignInAsUserAsync("kiemphieu2"));
        var run = new RoundDriver(staff, counterA, counterB, ["kiemphieu", "kiemphieu2"]);
        var id = await NewRoundAsync(staff);
        var conferences = $"/api/v1/rounds/{id}/conferences";

        // A bad start time: refused in Vietnamese, no conference opened, nothing audited.
        foreach (var bad in (string[])["25:00", "abc", "14h"])
        {
            var refused = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, conferences, new { stepNumber = 1, heldOn = new DateOnly(2026, 4, 6), venue = Venue, startsAt = bad });
            Assert.Contains($"Giờ bắt đầu \"{bad}\" không hợp lệ: hãy nhập giờ dạng hh:mm (24 giờ)", refused, StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.AuditCountAsync("conference.opened"));
        Assert.All((await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}")).GetProperty("steps").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("conferenceId").ValueKind));

        var opened = await staff.OkAsync(HttpMethod.Post, conferences, new { stepNumber = 1, heldOn = new DateOnly(2026, 4, 6), venue = "  " + Venue + " ", startsAt = "14:00" });
        Assert.Equal((Venue, "14:00"), (opened.GetProperty("venue").GetString(), opened.GetProperty("startsAt").GetString()));
        Assert.Contains("\"startsAt\": \"14:00\"", await app.LatestAuditAfterAsync("conference.opened"), StringComparison.Ordinal);
        var first = await CountAllPresentAsync(run, opened);
        var minutes = await MinutesAsync(staff, first);
        Assert.Contains("Hôm nay, vào hồi 14 giờ 00 phút, ngày 06 tháng 4 năm 2026, tại " + Venue + ",", minutes, StringComparison.Ordinal);
        Assert.DoesNotContain("trụ sở", minutes, StringComparison.Ordinal);

        // Step 2 without them: the page and the API say nothing was recorded, the minutes fall back.
        var second = await staff.OkAsync(HttpMethod.Post, conferences, new { stepNumber = 2, heldOn = new DateOnly(2026, 4, 7) });
        Assert.Equal(JsonValueKind.Null, second.GetProperty("venue").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("startsAt").ValueKind);
        second = await CountAllPresentAsync(run, second);
        var fallback = await MinutesAsync(staff, second);
        Assert.Contains($"Hôm nay, vào hồi ...... giờ ...... phút, ngày 07 tháng 4 năm 2026, tại trụ sở {QuyHoachAppFactory.DemoDepartmentName},", fallback, StringComparison.Ordinal);
        Assert.DoesNotMatch(Time(), fallback); // no time of the server's clock (the first tally's, the results')

        // Recorded later: a bad time or a non-staff account changes nothing; staff's change is audited and printed.
        var venueUrl = $"/api/v1/conferences/{second.GetProperty("id").GetGuid()}/venue-and-start";
        Assert.Contains("Giờ bắt đầu \"25:00\" không hợp lệ", await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, venueUrl, new { venue = Venue, startsAt = "25:00" }), StringComparison.Ordinal);
        Assert.Contains("Chỉ chuyên viên tổ chức", await leader.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Put, venueUrl, new { venue = Venue, startsAt = "08:30" }), StringComparison.Ordinal);
        await counterA.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Put, venueUrl, new { venue = Venue, startsAt = "08:30" });
        Assert.Equal(0, await app.AuditCountAsync("conference.venue_and_start_set"));
        var unchanged = await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{second.GetProperty("id").GetGuid()}");
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("startsAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("venue").ValueKind);
        Assert.Equal(fallback, await MinutesAsync(staff, second));

        var set = await staff.OkAsync(HttpMethod.Put, venueUrl, new { venue = "Phòng họp số 2, Sở Công Thương", startsAt = "8:30" });
        Assert.Equal(("Phòng họp số 2, Sở Công Thương", "08:30"), (set.GetProperty("venue").GetString(), set.GetProperty("startsAt").GetString()));
        Assert.Equal(1, await app.AuditCountAsync("conference.venue_and_start_set"));
        Assert.Contains("\"startsAt\": \"08:30\"", await app.LatestAuditAfterAsync("conference.venue_and_start_set"), StringComparison.Ordinal);
        Assert.Contains("Hôm nay, vào hồi 8 giờ 30 phút, ngày 07 tháng 4 năm 2026, tại Phòng họp số 2, Sở Công Thương,", await MinutesAsync(staff, second), StringComparison.Ordinal);
    }

    internal static async Task<Guid> NewRoundAsync(PlanningClient staff)
    {
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
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members", new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0020", grounds = "Chuyển công tác" } } });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016", justification = "Đề xuất" } } });
        return id;
    }

    /// <summary>Names the committee when not yet named, marks everyone present, counts the one ballot: everyone agrees.</summary>
    internal static async Task<JsonElement> CountAllPresentAsync(RoundDriver run, JsonElement conference)
    {
        if (conference.GetProperty("countingCommittee").GetArrayLength() == 0)
        {
            conference = await run.Staff.OkAsync(HttpMethod.Put, $"/api/v1/conferences/{conference.GetProperty("id").GetGuid()}/counting-committee", new { userNames = new[] { "kiemphieu", "kiemphieu2" } });
        }

        var convened = conference.GetProperty("convened").GetInt32();
        conference = await run.PresentAsync(conference, convened);
        var ballot = Ballot(conference, "SCT-TP");
        var sheet = $"{convened}/{convened}/{convened}/0";
        await run.CountAsync(ballot, sheet, Enumerable.Repeat(convened, ballot.GetProperty("candidates").GetArrayLength()).ToArray());
        return conference;
    }

    internal static async Task<string> MinutesAsync(PlanningClient staff, JsonElement conference) =>
        string.Join('\n', await DownloadedDocuments.WordAsync(staff, $"/api/v1/ballots/{Ballot(conference, "SCT-TP").GetProperty("id").GetGuid()}/minutes.docx"));

    [GeneratedRegex(@"\d+ giờ \d+ phút")]
    private static partial Regex Time();
}
