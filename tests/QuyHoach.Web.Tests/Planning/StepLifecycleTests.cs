using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// The round's steps as a path: a conference below quorum completes nothing, ballot or not (R-QUO-1), so the next step
/// cannot open and the round cannot close; a step is complete when its conference's results are final, dated by the
/// conference, on time on its due date and late by one day the day after.
/// </summary>
public sealed class StepLifecycleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static object BuildRound(string name, string title) => new
    {
        name,
        kind = "next-term-build",
        managementAuthorityCode = "NDI-SCT-DQL",
        termCode = "2025-2030",
        referenceMonth = "2022-04",
        titles = new[] { new { code = title, quota = 2 } },
    };

    [Fact]
    public async Task BuildRound_AdoptingConferenceBelowQuorum_CannotMoveOn()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var id = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", BuildRound("Xây dựng quy hoạch 2025-2030 (thiếu số lượng)", "SCT-TP"))).GetProperty("id").GetGuid();

        // Step 2, the leadership adopts the plan and the source list: no ballot; nobody marked present.
        var adoption = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 2, heldOn = new DateOnly(2022, 5, 10) });
        Assert.Empty(adoption.GetProperty("ballots").EnumerateArray());
        var (convened, minPresent) = (adoption.GetProperty("convened").GetInt32(), adoption.GetProperty("minPresent").GetInt32());
        Assert.True(convened > 0, adoption.ToString());

        var refused = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 3, heldOn = new DateOnly(2022, 5, 20) });
        Assert.Equal($"Hội nghị bước 2 (Hội nghị tập thể lãnh đạo (lần 1)) không đủ số lượng: có mặt 0/{convened} người được triệu tập, cần ít nhất {minPresent} (R-QUO-1). Bước 2 chưa hoàn thành, chưa mở được bước sau.", refused);
        Assert.Contains("R-QUO-1", await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/close"), StringComparison.Ordinal);
        var step2 = Step(await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}"), 2);
        Assert.Equal(("in-session", false, "record-attendance", "adoption"), Progress(step2));
        Assert.Null(Step(await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}"), 3).GetProperty("conferenceId").GetString());

        // One short of the quorum still holds; the quorum itself lets the step complete and the next one open.
        var driver = new RoundDriver(staff, staff, staff, []);
        await driver.PresentAsync(adoption, minPresent - 1);
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 3, heldOn = new DateOnly(2022, 5, 20) });
        await driver.PresentAsync(adoption, minPresent);
        Assert.Equal(("done", true, "none", "adoption"), Progress(Step(await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}"), 2)));
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 3, heldOn = new DateOnly(2022, 5, 20) });

        // The quorum it completed on stands: attendance can no longer be lowered under the opened step 3.
        Assert.Contains("Bước sau đã mở", await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/conferences/{adoption.GetProperty("id").GetGuid()}/attendance", new { presentMemberIds = Array.Empty<Guid>() }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_HeldOnAndAfterTheirDueDates_OnTimeAndLateByOneDay()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var id = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", BuildRound("Xây dựng quy hoạch 2025-2030 (đúng hạn, trễ hạn)", "SCT-PP"))).GetProperty("id").GetGuid();
        foreach (var (step, due) in new[] { (1, new DateOnly(2022, 5, 2)), (2, new DateOnly(2022, 5, 10)), (3, new DateOnly(2022, 5, 20)), (4, new DateOnly(2022, 5, 30)) })
        {
            await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{id}/steps/{step}", new { dueOn = due });
        }

        var driver = new RoundDriver(staff, staff, staff, []);
        var adoption = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 2, heldOn = new DateOnly(2022, 5, 10) });
        await driver.PresentAsync(adoption, adoption.GetProperty("convened").GetInt32());

        // Step 3 has no candidate on the source list: its conference holds no ballot and completes on its quorum.
        var key = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 3, heldOn = new DateOnly(2022, 5, 21) });
        await driver.PresentAsync(key, key.GetProperty("convened").GetInt32());

        var round = await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}");
        Assert.Equal(("done", "2022-05-10", "on-time", 0), Timing(Step(round, 2)));
        Assert.Equal(("done", "2022-05-21", "late", 1), Timing(Step(round, 3)));
        Assert.Equal("no-candidates", Step(round, 3).GetProperty("noBallot").GetString());

        // The preparation step was overtaken by the conferences (done, no date recorded); step 4 is not held and overdue.
        Assert.Equal(("done", null, "no-due-date", 0), Timing(Step(round, 1)));
        var fourth = Step(round, 4);
        Assert.Equal(("not-opened", false, "overdue"), (fourth.GetProperty("state").GetString(), fourth.GetProperty("complete").GetBoolean(), fourth.GetProperty("timeliness").GetString()));
        Assert.True(fourth.GetProperty("days").GetInt32() > 0, fourth.ToString());
    }

    private static JsonElement Step(JsonElement round, int number) =>
        round.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == number);

    private static (string?, bool, string?, string?) Progress(JsonElement step) =>
        (step.GetProperty("state").GetString(), step.GetProperty("complete").GetBoolean(), step.GetProperty("next").GetString(), step.GetProperty("noBallot").GetString());

    private static (string?, string?, string?, int) Timing(JsonElement step) =>
        (step.GetProperty("state").GetString(), step.GetProperty("completedOn").GetString(), step.GetProperty("timeliness").GetString(), step.GetProperty("days").GetInt32());
}
