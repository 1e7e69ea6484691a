using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// The final ballot ties for the last place (R-TIE-1): the counting committee may still correct the tally on the page
/// until the head decides; once the decision is recorded the form is gone and a correction is refused, because the
/// decision rests on those numbers.
/// </summary>
public sealed class CorrectingAfterHeadDecisionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task FinalTie_HeadDecided_CorrectionFormGone()
    {
        var app = fixture.App;
        var (run, staff, counter) = await RoundDriver.InDepartmentAsync(app);
        var leader = await app.SignInAsAsync(AppRoles.Leader);
        var id = await CorrectionRounds.CreateAsync(staff);
        await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        await run.CountAsync(Ballot(await run.PresentAsync(await run.OpenAsync(id, 2, new DateOnly(2022, 4, 6)), 11), "SCT-TP"), "11/11/11/0", 8, 8, 8);
        await run.CountAsync(Ballot(await run.PresentAsync(await run.OpenAsync(id, 3, new DateOnly(2022, 4, 7)), 11), "SCT-TP"), "11/11/11/0", 8, 8, 8);
        var final = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2022, 4, 8)), 7);
        var ballot = Ballot(final, "SCT-TP");
        var ballotId = ballot.GetProperty("id").GetGuid();
        await run.CountAsync(ballot, "7/7/7/0", 6, 5, 5);
        var url = $"/hoi-nghi/{final.GetProperty("id").GetGuid()}";
        var form = $"sua-bien-ban-{ballotId}";

        Assert.Contains(form, await PageForms.TextAsync(counter.Http, url), StringComparison.Ordinal);
        Assert.DoesNotContain(form, await PageForms.TextAsync(leader, url), StringComparison.Ordinal);

        var page = await PageForms.GetAsync(leader, url);
        var decision = page.QuerySelector("input[name=_handler][value^='quyet-dinh-']")!.GetAttribute("value")!;
        var choice = page.QuerySelectorAll("input[name=chon]").Select(i => i.GetAttribute("value")!).Last();
        var decided = await PageForms.PostAsync(leader, url, decision, ("chon", choice), ("ly-do", "Bảo đảm cơ cấu cán bộ nữ"), ("xac-nhan", "1"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var after = await PageForms.TextAsync(counter.Http, url);
        Assert.Contains("Bảo đảm cơ cấu cán bộ nữ", after, StringComparison.Ordinal);
        Assert.DoesNotContain(form, after, StringComparison.Ordinal);
        Assert.DoesNotContain("Sửa biên bản và tính lại kết quả", after, StringComparison.Ordinal);
        await counter.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/correction", new
        {
            issued = 7,
            returned = 7,
            valid = 7,
            invalid = 0,
            reason = "Đếm lại",
            votes = ballot.GetProperty("candidates").EnumerateArray().Zip((int[])[6, 6, 5], (c, a) => new { candidateId = c.GetProperty("id").GetGuid(), agree = a }).ToArray(),
        });
    }
}
