using System.Net;
using QuyHoach.Data.Identity;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>A cancelled round accepts no more changes, and what it sealed stays sealed and kept (nothing deleted).</summary>
public sealed class CancelledRoundTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CancelledRound_RefusesChanges_SealedResultsStaySealedAndKept()
    {
        var app = fixture.App;
        var (run, staff, _) = await RoundDriver.InDepartmentAsync(app);
        var delegateClient = new PlanningClient(await app.SignInAsAsync(AppRoles.Delegate));
        var id = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2022",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 }, new { code = "SCT-PP", quota = 3 } },
        })).GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members", new { titleCode = "SCT-PP", members = new[] { new { cadreCode = "SCT-0019", grounds = "Không còn đáp ứng tiêu chuẩn, điều kiện" } } });
        var first = await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        var sealedBallot = Ballot(first, "SCT-PP");
        await run.CountAsync(sealedBallot, "5/5/5/0", 3);
        var results = $"/api/v1/ballots/{sealedBallot.GetProperty("id").GetGuid()}/results";
        Assert.True((await delegateClient.OkAsync(HttpMethod.Get, results)).GetProperty("sealed").GetBoolean());

        Assert.Equal("cancelled", (await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/cancel", new { reason = "Thay đổi kế hoạch của Sở" })).GetProperty("status").GetString());

        // Sealed stays sealed for those who could not see it; those who could still see it, nothing deleted.
        var seen = await delegateClient.OkAsync(HttpMethod.Get, results);
        Assert.True(seen.GetProperty("sealed").GetBoolean());
        Assert.All(seen.GetProperty("candidates").EnumerateArray(), c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("agree").ValueKind));
        var kept = await staff.OkAsync(HttpMethod.Get, results);
        Assert.Equal((false, 3), (kept.GetProperty("sealed").GetBoolean(), kept.GetProperty("candidates")[0].GetProperty("agree").GetInt32()));

        // Nothing changes any more: no conference, no step edit, no tally, no attendance (Vietnamese problem details).
        var open = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 2, heldOn = new DateOnly(2022, 4, 6) });
        Assert.Equal("Đợt quy hoạch đã bị hủy: không mở được hội nghị.", open);
        Assert.StartsWith("Đợt quy hoạch đã bị hủy", await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/rounds/{id}/steps/2", new { dueOn = new DateOnly(2022, 4, 30) }), StringComparison.Ordinal);
        Assert.StartsWith("Đợt quy hoạch đã bị hủy", await run.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/conferences/{first.GetProperty("id").GetGuid()}/attendance", new { presentMemberIds = Array.Empty<Guid>() }), StringComparison.Ordinal);
        Assert.StartsWith("Đợt quy hoạch đã bị hủy", await run.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/conferences/{first.GetProperty("id").GetGuid()}/counting-committee", new { userNames = new[] { "kiemphieu", "kiemphieu2" } }), StringComparison.Ordinal);
        var counter = new PlanningClient(await app.SignInAsAsync(AppRoles.Counter));
        var tallies = await app.AuditCountAsync("tally.entered");
        Assert.StartsWith("Đợt quy hoạch đã bị hủy", await counter.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{sealedBallot.GetProperty("id").GetGuid()}/tallies", Tally(sealedBallot, "5/5/5/0", 2)), StringComparison.Ordinal);
        Assert.Equal(tallies, await app.AuditCountAsync("tally.entered"));
    }
}
