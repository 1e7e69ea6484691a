using System.Net;
using System.Text.Json;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Import;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// The next annual review opens pre-filled with the approved plan; a planned cadre put to the removal vote with a
/// majority of the convened (R-REM-VOTE) is removed by the authority's decision, the entry ended with reason "removed".
/// </summary>
public sealed class RemovalVoteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task RemovalVote_PrefilledPlanMemberRemovedByDecision()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var first = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(first);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        await plans.ReadyAsync(dossiers["SCT-0016"], "30/05/2022");
        await plans.ApproveAsync(first, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"], dossiers["SCT-0016"]);

        // SCT-0016 failed their duties in 2022 (KHTNV): the review flags them for the removal vote (R-EV-PL1).
        var (page, _) = await ImportRequests.UploadAsync(plans.Staff.Http, new RegistryFiles().Evaluation("SCT-0016", 2022, "KHTNV").Build());
        await ImportRequests.ApplyAsync(plans.Staff.Http, page);

        var round = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2023",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2023-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var prefilled = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list");
        Assert.Equal(["SCT-0015 keep", "SCT-0016 removal-vote"], prefilled.EnumerateArray().Select(e => $"{e.GetProperty("cadreCode").GetString()} {e.GetProperty("action").GetString()}").Order());

        // Staff may put a pre-filled member to the vote on any ground of R-REM-VOTE, and take it back while in draft.
        var grounded = await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0015", grounds = (string?)"Chuyển công tác ra ngoài tỉnh" } } });
        Assert.Equal("removal-vote Chuyển công tác ra ngoài tỉnh", Member(grounded, "SCT-0015"));
        var kept = await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0015", grounds = (string?)null } } });
        Assert.Equal("keep ", Member(kept, "SCT-0015"));
        Assert.Equal(2, kept.GetArrayLength());

        await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0017" } } });

        // Step 1: 7 convened, 5 present; 4 agree to remove SCT-0016: 8 > 7 passes.
        var step1 = await plans.Run.PresentAsync(await plans.Run.OpenAsync(id, 1, new DateOnly(2023, 4, 5)), 5);
        var removal = Ballot(step1, "SCT-TP");
        Assert.Equal(["SCT-0016"], Codes(removal));
        Assert.Equal(["SCT-0016:4:đạt"], Lines(await plans.Run.CountAsync(removal, "5/5/5/0", 4)));

        var run = plans.Run;
        var step2 = await run.PresentAsync(await run.OpenAsync(id, 2, new DateOnly(2023, 4, 6)), 8);
        await CountAllAsync(run, step2, 8);
        var step3 = await run.PresentAsync(await run.OpenAsync(id, 3, new DateOnly(2023, 4, 7)), 8);
        await CountAllAsync(run, step3, 8);
        var step4 = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2023, 4, 8)), 6);
        await CountAllAsync(run, step4, 6);
        Assert.Equal("closed", (await plans.Leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/close")).GetProperty("status").GetString());

        var decision = await plans.Leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/removal", new { decision = PlansDriver.Decision("30-QĐ/SCT", new DateOnly(2023, 5, 10)) });
        Assert.Equal("removal", decision.GetProperty("kind").GetString());
        var ended = Assert.Single(decision.GetProperty("entries").EnumerateArray());
        Assert.Equal(("SCT-0016", "2023-05-10", "removed"), (ended.GetProperty("cadreCode").GetString(), ended.GetProperty("endedOn").GetString(), ended.GetProperty("endReason").GetString()));
        Assert.Equal(["SCT-0015", "SCT-0016"], (await plans.PlanAsync(new DateOnly(2023, 5, 9))).Order());
        Assert.Equal(["SCT-0015"], await plans.PlanAsync(new DateOnly(2023, 5, 10)));
        Assert.Equal(1, await plans.App.AuditCountAsync("plan.removed"));

        // Nothing left to remove: a second decision is refused.
        await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/removal", new { decision = PlansDriver.Decision("31-QĐ/SCT", new DateOnly(2023, 5, 11)) });
    }

    private static string[] Codes(JsonElement ballot) => ballot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("cadreCode").GetString()!).ToArray();

    /// <summary>Every ballot of the conference, every line agreed by all present.</summary>
    private static async Task CountAllAsync(RoundDriver run, JsonElement conference, int present)
    {
        foreach (var ballot in conference.GetProperty("ballots").EnumerateArray())
        {
            var n = ballot.GetProperty("candidates").GetArrayLength();
            await run.CountAsync(ballot, $"{present}/{present}/{present}/0", Enumerable.Repeat(present, n).ToArray());
        }
    }

    private static string Member(System.Text.Json.JsonElement list, string code) =>
        list.EnumerateArray().Where(e => e.GetProperty("cadreCode").GetString() == code)
            .Select(e => $"{e.GetProperty("action").GetString()} {(e.GetProperty("grounds").ValueKind == System.Text.Json.JsonValueKind.String ? e.GetProperty("grounds").GetString() : "")}").Single();
}
