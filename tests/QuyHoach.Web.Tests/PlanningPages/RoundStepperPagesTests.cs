using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// The round page as a guided path (each step's state, dates, delay, next action, why no ballot), the dashboard's
/// waiting tasks for staff and leaders in scope only and for the counter a tally waits for, and the cancel form (reason, confirmation, double submit).
/// </summary>
public sealed class RoundStepperPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task RoundPage_StepperAndDashboard_ShowStatesDelaysAndWaitingTasksInScope()
    {
        var app = fixture.App;
        var (run, staff, counter) = await RoundDriver.InDepartmentAsync(app);
        await app.CreateAccountAsync("chuyenvienphong", "Đặng Thu Trang", AppRoles.Staff, "NDI-SCT-P01");
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Xây dựng quy hoạch nhiệm kỳ 2025-2030",
            kind = "next-term-build",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2022-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        foreach (var (step, due) in new[] { (2, new DateOnly(2022, 5, 10)), (3, new DateOnly(2022, 5, 20)), (4, new DateOnly(2022, 5, 30)) })
        {
            await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{id}/steps/{step}", new { dueOn = due });
        }

        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016", justification = "Đề xuất của phòng" } } });
        var adoption = await run.OpenAsync(id, 2, new DateOnly(2022, 5, 10));
        await run.PresentAsync(adoption, adoption.GetProperty("convened").GetInt32());
        var key = await run.OpenAsync(id, 3, new DateOnly(2022, 5, 21));
        key = await run.PresentAsync(key, key.GetProperty("convened").GetInt32());
        var ballot = Ballot(key, "SCT-TP");
        await counter.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballot.GetProperty("id").GetGuid()}/tallies", Tally(ballot, "10/10/10/0", 8));

        var page = await PageForms.TextAsync(staff.Http, $"/dot-quy-hoach/{id}");
        foreach (var text in (string[])[
            "Đúng hạn", "không bỏ phiếu giới thiệu ở bước này", "Chờ nhập lần hai", "Quá hạn",
            "Việc cần làm tiếp:</strong> Bước 3 (Hội nghị cán bộ chủ chốt): Thành viên thứ hai của tổ kiểm phiếu nhập biên bản để đối chiếu.",
            "Bước chuẩn bị của cơ quan tham mưu: không họp, không bỏ phiếu.", "Chưa mở"])
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("NDI-SCT-BGD", page, StringComparison.Ordinal);
        var stepper = await PageForms.GetAsync(staff.Http, $"/dot-quy-hoach/{id}");
        Assert.Equal("Hoàn thành ngày 10/05/2022 · Hạn 10/05/2022 · Đúng hạn", Words(stepper.QuerySelector("#buoc-2 p")!.TextContent));
        Assert.StartsWith("Chưa mở · Hạn 30/05/2022", Words(stepper.QuerySelector("#buoc-4 p")!.TextContent), StringComparison.Ordinal);

        // The dashboard of staff and leaders in scope lists the overdue steps and the tally awaiting its second entry.
        foreach (var viewer in new[] { staff.Http, await app.SignInAsAsync(AppRoles.Leader) })
        {
            var home = await PageForms.TextAsync(viewer, "/");
            Assert.Contains("Việc cần xử lý", home, StringComparison.Ordinal);
            Assert.Contains("Xây dựng quy hoạch nhiệm kỳ 2025-2030, bước 4 (Hội nghị tập thể lãnh đạo mở rộng): quá hạn", home, StringComparison.Ordinal);
            Assert.Contains("Xây dựng quy hoạch nhiệm kỳ 2025-2030, bước 3 (Hội nghị cán bộ chủ chốt): biên bản kiểm phiếu chờ nhập lần hai", home, StringComparison.Ordinal);
            Assert.Contains($"/hoi-nghi/{key.GetProperty("id").GetGuid()}", home, StringComparison.Ordinal);
        }

        // Out of scope (a division's staff) or not concerned (a delegate): nothing of it.
        foreach (var viewer in new[] { await app.SignInAsUserAsync("chuyenvienphong"), await app.SignInAsAsync(AppRoles.Delegate) })
        {
            var home = await PageForms.TextAsync(viewer, "/");
            Assert.Contains("Tổng quan", home, StringComparison.Ordinal);
            Assert.DoesNotContain("Xây dựng quy hoạch nhiệm kỳ 2025-2030", home, StringComparison.Ordinal);
        }

        // The committee member who has not entered the tally is told, with nothing else; the one who entered it and a
        // counter outside the committee are not.
        var waiting = await PageForms.TextAsync(await app.SignInAsUserAsync("kiemphieu2"), "/");
        Assert.Contains("bước 3 (Hội nghị cán bộ chủ chốt): biên bản kiểm phiếu chờ nhập lần hai", waiting, StringComparison.Ordinal);
        Assert.Contains($"/hoi-nghi/{key.GetProperty("id").GetGuid()}", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", waiting, StringComparison.Ordinal);
        await app.CreateAccountAsync("kiemphieu3", "Vũ Thị Hạnh", AppRoles.Counter, "NDI-SCT");
        foreach (var viewer in new[] { counter.Http, await app.SignInAsUserAsync("kiemphieu3") })
        {
            Assert.DoesNotContain("Xây dựng quy hoạch nhiệm kỳ 2025-2030", await PageForms.TextAsync(viewer, "/"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CancelForm_NeedsConfirmationAndReason_DoubleSubmitLandsOnTheCancelledRound()
    {
        var app = fixture.App;
        var staff = await app.SignInAsAsync(AppRoles.Staff);
        var id = (await new PlanningClient(staff).OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Đợt chạy thử",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-04",
            titles = new[] { new { code = "SCT-PP", quota = 3 } },
        })).GetProperty("id").GetGuid();
        var url = $"/dot-quy-hoach/{id}";

        var unconfirmed = await PageForms.PostAsync(staff, url, "huy-dot", ("Cancel.Reason", "Tạo nhầm"));
        Assert.Contains("Hãy đánh dấu ô xác nhận trước khi hủy đợt. Đợt quy hoạch chưa bị hủy.", await PageForms.HtmlAsync(staff, unconfirmed), StringComparison.Ordinal);
        var noReason = await PageForms.PostAsync(staff, url, "huy-dot", ("Cancel.Reason", " "), ("Cancel.Confirmed", "1"));
        Assert.Contains("Hãy ghi lý do hủy đợt quy hoạch.", await PageForms.HtmlAsync(staff, noReason), StringComparison.Ordinal);
        Assert.Contains("Đang chuẩn bị", await PageForms.TextAsync(staff, url), StringComparison.Ordinal);

        // The same filled form sent twice (a double click): both land on the cancelled round, one cancellation recorded.
        var events = await app.AuditCountAsync("round.cancelled");
        var form = (await PageForms.GetAsync(staff, url)).QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler][value='huy-dot']") is not null);
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append(new("Cancel.Reason", "Đợt tạo để chạy thử")).Append(new("Cancel.Confirmed", "1")).ToList();
        foreach (var attempt in new[] { 1, 2 })
        {
            using var content = new FormUrlEncodedContent(fields);
            using var posted = await staff.PostAsync(new Uri(url, UriKind.Relative), content);
            Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"attempt {attempt}: {(int)posted.StatusCode}");
            Assert.EndsWith("?da-luu=huy", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(events + 1, await app.AuditCountAsync("round.cancelled"));
        var cancelled = await PageForms.TextAsync(staff, $"{url}?da-luu=huy");
        foreach (var text in (string[])["Đã hủy đợt quy hoạch.", "Đợt quy hoạch đã bị hủy ngày", "Lý do: Đợt tạo để chạy thử", "Đã hủy"])
        {
            Assert.Contains(text, cancelled, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Mở hội nghị bước", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"huy-dot\"", cancelled, StringComparison.Ordinal);
    }

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
