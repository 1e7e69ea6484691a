using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// The final step on the pages: steps 1–3 run through the API, the final ballot ties for the last place (R-TIE-1);
/// "Kết thúc đợt" is refused in Vietnamese until the head's decision is recorded on the conference page; the final
/// step is announced, so a delegate sees its counts and the minutes link, and the waiting line without the form (R-DISC-1);
/// once closed, the round page links the summary and the proposed list for leaders, not for a delegate.
/// </summary>
public sealed class FinalStepPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TieUndecided_CloseRefused_HeadDecidesOnPage_ThenClosed()
    {
        var app = fixture.App;
        var (run, staff, _) = await RoundDriver.InDepartmentAsync(app);
        var leader = await app.SignInAsAsync(AppRoles.Leader);
        var delegate_ = await app.SignInAsAsync(AppRoles.Delegate);
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát 2022",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new
        {
            titleCode = "SCT-TP",
            candidates = new[] { new { cadreCode = "SCT-0015" }, new { cadreCode = "SCT-0016" }, new { cadreCode = "SCT-0017" } },
        });
        await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        await run.CountAsync(Ballot(await run.PresentAsync(await run.OpenAsync(id, 2, new DateOnly(2022, 4, 6)), 11), "SCT-TP"), "11/11/11/0", 8, 8, 8);
        await run.CountAsync(Ballot(await run.PresentAsync(await run.OpenAsync(id, 3, new DateOnly(2022, 4, 7)), 11), "SCT-TP"), "11/11/11/0", 8, 8, 8);
        var final = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2022, 4, 8)), 7);
        await run.CountAsync(Ballot(final, "SCT-TP"), "7/7/7/0", 6, 5, 5);
        var roundUrl = $"/dot-quy-hoach/{id}";
        var url = $"/hoi-nghi/{final.GetProperty("id").GetGuid()}";

        var refused = await PageForms.HtmlAsync(leader, await PageForms.PostAsync(leader, roundUrl, "ket-thuc-dot", ("Close.Confirmed", "1")));
        Assert.Contains("role=\"alert\"", refused, StringComparison.Ordinal);
        Assert.Contains("người đứng đầu", refused, StringComparison.Ordinal);
        Assert.Contains("Đang tiến hành", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("proposed-list.xlsx", refused, StringComparison.Ordinal);

        var announced = await PageForms.TextAsync(delegate_, url);
        Assert.Contains("<td>6</td>", announced, StringComparison.Ordinal);
        Assert.DoesNotContain("không công bố tại hội nghị", announced, StringComparison.Ordinal);
        Assert.Contains("minutes.docx", announced, StringComparison.Ordinal);
        Assert.Contains("chờ người đứng đầu chọn 1 người. Đợt quy hoạch chưa kết thúc được", announced, StringComparison.Ordinal);
        Assert.DoesNotContain("Ghi nhận quyết định", announced, StringComparison.Ordinal);

        var page = await PageForms.GetAsync(leader, url);
        var form = page.QuerySelector("input[name=_handler][value^='quyet-dinh-']")!.GetAttribute("value")!;
        var choices = page.QuerySelectorAll("input[name=chon]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, choices.Count);

        // The head is chosen from the convened heads by name, never typed as a cadre code (issue 11, pickers).
        var heads = final.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("isHead").GetBoolean()).ToList();
        var head = Assert.Single(heads);
        var options = page.QuerySelectorAll("form select[name=nguoi-dung-dau] option").ToList();
        Assert.Equal(head.GetProperty("id").GetString(), Assert.Single(options).GetAttribute("value"));
        Assert.StartsWith(head.GetProperty("fullName").GetString()!, options[0].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=nguoi-dung-dau]"));
        Assert.DoesNotContain("Mã cán bộ của người đứng đầu", page.Body!.TextContent, StringComparison.Ordinal);
        var notHead = final.GetProperty("members").EnumerateArray().First(m => !m.GetProperty("isHead").GetBoolean()).GetProperty("id").GetString()!;
        var forged = await PageForms.HtmlAsync(leader, await PageForms.PostAsync(leader, url, form, ("chon", choices[1]), ("nguoi-dung-dau", notHead), ("ly-do", "Thử"), ("xac-nhan", "1")));
        Assert.Contains("không phải người đứng đầu", forged, StringComparison.Ordinal);
        var noReason = await PageForms.HtmlAsync(leader, await PageForms.PostAsync(leader, url, form, ("chon", choices[1]), ("xac-nhan", "1")));
        Assert.Contains("Không có thay đổi nào được lưu", noReason, StringComparison.Ordinal);
        var decided = await PageForms.HtmlAsync(leader, await PageForms.PostAsync(leader, url, form, ("chon", choices[1]), ("ly-do", "Bảo đảm cơ cấu cán bộ nữ"), ("xac-nhan", "1")));
        Assert.Contains("quyết định ngày 08/04/2022: Bảo đảm cơ cấu cán bộ nữ", decided, StringComparison.Ordinal);
        Assert.DoesNotContain("chờ người đứng đầu", decided, StringComparison.Ordinal);

        var closed = await PageForms.PostAsync(leader, roundUrl, "ket-thuc-dot", ("Close.Confirmed", "1"));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var closedPage = await PageForms.HtmlAsync(leader, closed);
        Assert.Contains("Đã kết thúc đợt quy hoạch.", closedPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/rounds/{id}/tally-summary.docx\"", closedPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/rounds/{id}/proposed-list.xlsx\"", closedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("proposed-list.xlsx", await PageForms.TextAsync(delegate_, roundUrl), StringComparison.Ordinal);
    }
}
