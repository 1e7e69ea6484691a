using System.Net;
using System.Net.Http.Json;
using QuyHoach.Data.Identity;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>Every refusal is a Vietnamese ProblemDetails and changes nothing; one line per refusal.</summary>
public sealed class RefusalsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static object NewRound(string authority = "NDI-SCT-DQL", string title = "SCT-TP", int quota = 2) => new
    {
        name = "Rà soát 2026",
        kind = "annual-review",
        managementAuthorityCode = authority,
        termCode = "2025-2030",
        referenceMonth = "2026-04",
        titles = new[] { new { code = title, quota } },
    };

    [Fact]
    public async Task Commands_BadInputOrWrongPerson_RefusedInVietnamese()
    {
        var app = fixture.App;
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        await app.CreateAccountAsync("kiemphieu3", "Vũ Thị Hạnh", AppRoles.Counter, "NDI-SCT");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var leader = new PlanningClient(await app.SignInAsAsync(AppRoles.Leader));
        var outsider = new PlanningClient(await app.SignInAsUserAsync("kiemphieu3"));

        Assert.Contains("Chỉ chuyên viên", await leader.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Post, "/api/v1/rounds", NewRound()), StringComparison.Ordinal);
        Assert.Contains("R-PRI-5", await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/rounds", NewRound(quota: 4)), StringComparison.Ordinal);
        Assert.Contains("R-AUTH-1", await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/rounds", NewRound(title: "SCT-GD")), StringComparison.Ordinal);
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, "/api/v1/rounds")).EnumerateArray());

        using (var noToken = await staff.Http.PostAsJsonAsync(new Uri("/api/v1/rounds", UriKind.Relative), NewRound()))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
            Assert.Contains("chống giả mạo", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var id = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", NewRound())).GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members", new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0020", grounds = "Chuyển công tác" } } });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016", justification = "Đề xuất" } } });
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 2, heldOn = new DateOnly(2026, 4, 6) });
        var conference = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 1, heldOn = new DateOnly(2026, 4, 6) });
        var conferenceId = conference.GetProperty("id").GetGuid();
        Assert.Contains("Tổ kiểm phiếu", await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/conferences/{conferenceId}/counting-committee", new { userNames = new[] { "kiemphieu", "chuyenvien" } }), StringComparison.Ordinal);
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0017", justification = "Đề xuất" } } });
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/rounds/{id}/steps/2", new { announced = true });
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/conferences/{conferenceId}/invitees", new { invitees = new[] { new { cadreCode = "SCT-0030", position = "Chuyên viên" } } });
        await staff.OkAsync(HttpMethod.Put, $"/api/v1/conferences/{conferenceId}/counting-committee", new { userNames = new[] { "kiemphieu", "kiemphieu2" } });
        conference = await new RoundDriver(staff, staff, staff, []).PresentAsync(conference, 7);

        var ballot = Ballot(conference, "SCT-TP");
        var ballotId = ballot.GetProperty("id").GetGuid();
        var tally = Tally(ballot, "7/7/7/0", 3);
        Assert.Contains("tổ kiểm phiếu", await outsider.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", tally), StringComparison.Ordinal);
        await staff.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", tally);
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/write-ins", new { cadreCode = "SCT-0030" });
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/results");
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/close");
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/reconciliation")).GetProperty("entries").EnumerateArray());
    }
}
