using System.Net;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>The round pages as a staff user without script: create the Kế hoạch 331/KH-SCT annual review, see its steps, add to
/// the source list (refused in Vietnamese without a justification for a cadre who is not eligible).</summary>
public sealed class RoundPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Staff_CreatesAnnualReview_SeesSteps_SourceListRefusalInVietnamese()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        var list = await staff.GetStringAsync(new Uri("/dot-quy-hoach", UriKind.Relative));
        Assert.Contains("Tạo đợt quy hoạch", list, StringComparison.Ordinal);

        var bad = await PageForms.PostAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach", ("Input.Name", "Rà soát 2022"), ("Input.AuthorityCode", "NDI-SCT-DQL"), ("Input.ReferenceMonth", "04/2022"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một chức danh quy hoạch", await PageForms.HtmlAsync(staff, bad), StringComparison.Ordinal);
        Assert.DoesNotContain("Rà soát 2022", await staff.GetStringAsync(new Uri("/api/v1/rounds", UriKind.Relative)), StringComparison.Ordinal);

        var created = await PageForms.PostAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach",
            ("Input.Name", "Rà soát, bổ sung quy hoạch năm 2022"), ("Input.Kind", "annual-review"), ("Input.AuthorityCode", "NDI-SCT-DQL"),
            ("Input.TermCode", "2020-2025"), ("Input.ReferenceMonth", "04/2022"), ("Input.RuleSetId", "qd50-nam-dinh"),
            ("Input.Quotas[SCT-TP]", "2"), ("Input.Quotas[SCT-PP]", "3"), ("Input.Due4", "10/04/2022"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.AbsolutePath;
        var html = await PageForms.HtmlAsync(staff, created);
        foreach (var text in (string[])["Đã tạo đợt quy hoạch", "Rà soát, bổ sung hằng năm (4 bước)", "04/2022", "≥ 30% số có mặt", "> 50% số được triệu tập", "10/04/2022", "Quá hạn", "Niêm phong, không công bố", "Công bố tại hội nghị"])
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        // The cadre is chosen with the picker (its plain search form here, no script), never typed as a code.
        var before = await PageForms.GetAsync(staff, url);
        Assert.Null(before.QuerySelector("input[name='Candidate.CadreCode']"));
        Assert.Equal("Gõ ít nhất hai ký tự vào ô tìm rồi chọn một người.", before.QuerySelector("#nguon-lua-chon p")!.TextContent.Trim());
        var found = await PageForms.GetAsync(staff, $"{url}?tim-nguon=SCT-0013");
        var cadre = Assert.Single(found.QuerySelectorAll("#nguon-lua-chon input[name='Candidate.CadreId']")).GetAttribute("value")!;
        var refused = await PageForms.PostAsync(staff, url, "bo-sung-nguon", ("Candidate.TitleCode", "SCT-TP"), ("Candidate.CadreId", cadre));
        var refusedHtml = await PageForms.HtmlAsync(staff, refused);
        Assert.Contains("cần ghi lý do bổ sung vào danh sách nguồn", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Chưa có cán bộ nào trong danh sách nguồn", await PageForms.TextAsync(staff, url), StringComparison.Ordinal);

        var added = await PageForms.PostAsync(staff, url, "bo-sung-nguon", ("Candidate.TitleCode", "SCT-TP"), ("Candidate.CadreId", cadre), ("Candidate.Justification", "Có uy tín, tập thể lãnh đạo đề nghị"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        html = await PageForms.HtmlAsync(staff, added);
        Assert.Contains("Không đủ điều kiện", html, StringComparison.Ordinal);
        Assert.Contains("Còn 68 tháng công tác tính từ tháng 04/2022, cần ít nhất 72 tháng", html, StringComparison.Ordinal);
        Assert.Contains("Có uy tín, tập thể lãnh đạo đề nghị", html, StringComparison.Ordinal);

        var planned = Assert.Single((await PageForms.GetAsync(staff, $"{url}?tim-ra-soat=SCT-0019")).QuerySelectorAll("#ra-soat-lua-chon input[name='Member.CadreId']")).GetAttribute("value")!;
        var review = await PageForms.PostAsync(staff, url, "ra-soat-quy-hoach", ("Member.TitleCode", "SCT-PP"), ("Member.CadreId", planned), ("Member.Grounds", "Không còn đáp ứng tiêu chuẩn"));
        Assert.Contains("Đưa ra biểu quyết đưa ra khỏi quy hoạch", await PageForms.HtmlAsync(staff, review), StringComparison.Ordinal);

        var other = await fixture.App.SignInAsUserAsync((await fixture.App.CreateOtherDepartmentAsync()).StaffUserName);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Rà soát, bổ sung quy hoạch năm 2022", await other.GetStringAsync(new Uri("/dot-quy-hoach", UriKind.Relative)), StringComparison.Ordinal);

        var close = await PageForms.PostAsync(staff, url, "ket-thuc-dot");
        Assert.Contains("Hãy đánh dấu ô xác nhận", await PageForms.HtmlAsync(staff, close), StringComparison.Ordinal);
    }
}
