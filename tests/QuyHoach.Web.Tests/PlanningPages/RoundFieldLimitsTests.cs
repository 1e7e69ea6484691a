using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Admin;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>Over-long texts are refused in Vietnamese before the database, with nothing written; the month is asked
/// and explained in one format (MM/yyyy).</summary>
public sealed class RoundFieldLimitsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CreateRound_NameOf3000Characters_RefusedInVietnamese_NothingWritten()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        var rounds = await AuditRows.CountAsync(fixture.App.ConnectionString, "planning_rounds");
        var name = "Rà soát " + new string('x', 2992);

        var response = await PageForms.PostAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach",
            ("Input.Name", name), ("Input.Kind", "annual-review"), ("Input.AuthorityCode", "NDI-SCT-DQL"),
            ("Input.TermCode", "2020-2025"), ("Input.ReferenceMonth", "04/2022"), ("Input.Quotas[SCT-TP]", "2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await PageForms.HtmlAsync(staff, response);
        Assert.Contains("Tên đợt quy hoạch dài 3.000 ký tự, vượt quá 300 ký tự cho phép", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã tạo", html, StringComparison.Ordinal);
        Assert.Equal(rounds, await AuditRows.CountAsync(fixture.App.ConnectionString, "planning_rounds"));
    }

    [Fact]
    public async Task CreateRound_MonthNotReadable_MessageUsesTheLabelsFormat()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        var response = await PageForms.PostAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach",
            ("Input.Name", "Rà soát tháng sai"), ("Input.Kind", "annual-review"), ("Input.AuthorityCode", "NDI-SCT-DQL"),
            ("Input.TermCode", "2020-2025"), ("Input.ReferenceMonth", "tháng tư"), ("Input.Quotas[SCT-TP]", "2"));

        var html = await PageForms.HtmlAsync(staff, response);
        Assert.Contains("dạng MM/yyyy (ví dụ 04/2022)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("yyyy-MM", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedForm_OnAPageOpenedAfterASave_ShowsTheErrorWithoutTheSavedNotice()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        var created = await PageForms.PostAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach",
            ("Input.Name", "Rà soát để thử thông báo đã lưu"), ("Input.Kind", "annual-review"), ("Input.AuthorityCode", "NDI-SCT-DQL"),
            ("Input.TermCode", "2020-2025"), ("Input.ReferenceMonth", "04/2022"), ("Input.Quotas[SCT-TP]", "2"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = created.Headers.Location!.PathAndQuery;
        Assert.Contains("Đã tạo đợt quy hoạch", await PageForms.TextAsync(staff, saved), StringComparison.Ordinal);

        // The close form posts to the page's address, ?da-luu=… included; without its confirmation it is refused.
        var refused = await PageForms.PostAsync(staff, saved, "ket-thuc-dot");
        var html = await PageForms.HtmlAsync(staff, refused);
        Assert.Contains("Hãy đánh dấu ô xác nhận", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã tạo đợt quy hoạch", html, StringComparison.Ordinal);
    }
}
