using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Shell;

public sealed class ShellPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Layout_SignedIn_ShowsTheStaffSectionsInVietnamese()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        string[] sections = ["Tổng quan", "Cán bộ", "Tổ chức &amp; chức danh", "Nhập dữ liệu", "Đợt quy hoạch", "Hội nghị", "Hồ sơ &amp; phê duyệt"];
        foreach (var section in sections)
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_AsStaff_Forbidden403WithVietnameseRefusal()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var response = await client.GetAsync(new Uri("/quan-tri", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_Anonymous_RedirectsToSignIn()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri("/quan-tri", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dang-nhap", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_AsAdmin_ListsEveryDemoAccountWithRoleAndScope()
    {
        var client = await App.SignInAsAsync(AppRoles.Admin);
        var html = await client.GetStringAsync(new Uri("/quan-tri", UriKind.Relative));
        foreach (var role in AppRoles.All)
        {
            Assert.Contains(QuyHoachAppFactory.DemoAccountFor(role.Code).UserName, html, StringComparison.Ordinal);
            Assert.Contains(role.DisplayName, html, StringComparison.Ordinal);
        }

        Assert.Contains(QuyHoachAppFactory.DemoDepartmentName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_VietnameseNotFoundWithStatus404()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri("/khong-ton-tai", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorPage_VietnameseWithoutStackTrace()
    {
        var html = await App.CreateAnonymousClient().GetStringAsync(new Uri("/loi", UriKind.Relative));
        Assert.Contains("Đã xảy ra lỗi", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri("/dang-nhap", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Healthz_DatabaseReachable_Healthy()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stylesheet_IsServed()
    {
        var client = App.CreateAnonymousClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(css/site[^\"]*\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(href);
        var css = await client.GetAsync(new Uri("/" + href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("--navy", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
