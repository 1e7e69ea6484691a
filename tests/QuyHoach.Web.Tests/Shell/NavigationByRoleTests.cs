using System.Net;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Shell;

/// <summary>Trình đơn theo vai trò: each demo role sees only the entries it can use, each of them opens; a forbidden page
/// answers 403 with one Vietnamese message at its own address.</summary>
public sealed class NavigationByRoleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    public static TheoryData<string, string[]> Menus => new()
    {
        { AppRoles.Staff, ["/", "/can-bo", "/to-chuc", "/tap-the", "/nhap-du-lieu", "/trao-doi", "/dot-quy-hoach", "/hoi-nghi", "/ho-so", "/quy-hoach", "/phat-trien", "/bao-cao", "/thong-bao"] },
        { AppRoles.Leader, ["/", "/can-bo", "/to-chuc", "/tap-the", "/dot-quy-hoach", "/hoi-nghi", "/ho-so", "/quy-hoach", "/phat-trien", "/bao-cao", "/thong-bao"] },
        { AppRoles.Inspector, ["/", "/can-bo", "/to-chuc", "/tap-the", "/dot-quy-hoach", "/hoi-nghi", "/ho-so", "/quy-hoach", "/phat-trien", "/bao-cao", "/thong-bao"] },
        { AppRoles.Counter, ["/", "/dot-quy-hoach", "/hoi-nghi", "/thong-bao"] },
        { AppRoles.Delegate, ["/", "/hoi-nghi", "/thong-bao"] },
        { AppRoles.Admin, ["/", "/can-bo", "/to-chuc", "/tap-the", "/nhap-du-lieu", "/trao-doi", "/thong-bao", "/quan-tri", "/quan-tri/bo-quy-tac", "/quan-tri/don-vi", "/tinh-trang-he-thong"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Menu_EachRole_OnlyEntriesItCanUse_EachOpens(string role, string[] expected)
    {
        var client = await App.SignInAsAsync(role);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var links = new HtmlParser().ParseDocument(home).QuerySelectorAll("nav.sidenav a").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Equal(expected, links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {link}: {(int)response.StatusCode}\n{body}");
            Assert.DoesNotContain("Không có quyền", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(AppRoles.Staff, "/quan-tri")]
    [InlineData(AppRoles.Leader, "/tinh-trang-he-thong")]
    [InlineData(AppRoles.Staff, "/quan-tri/bo-quy-tac")]
    [InlineData(AppRoles.Counter, "/can-bo")]
    [InlineData(AppRoles.Leader, "/nhap-du-lieu")]
    [InlineData(AppRoles.Delegate, "/ho-so")]
    [InlineData(AppRoles.Counter, "/quy-hoach")]
    [InlineData(AppRoles.Counter, "/bao-cao")]
    [InlineData(AppRoles.Delegate, "/phat-trien")]
    public async Task ForbiddenPage_Answers403_WithOneVietnameseMessage(string role, string page)
    {
        var client = await App.SignInAsAsync(role);
        var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {page}: {(int)response.StatusCode}\n{body}");
        var alerts = new HtmlParser().ParseDocument(body).QuerySelectorAll("main [role=alert]");
        var alert = Assert.Single(alerts);
        Assert.Contains("quyền", alert.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quan-tri/bo-quy-tac", "/quan-tri/bo-quy-tac")]
    [InlineData("/quan-tri", "/quan-tri")]
    [InlineData("/quan-tri/tai-khoan/moi", "/quan-tri")]
    [InlineData("/", "/")]
    public async Task Menu_MarksOnlyTheMostSpecificEntryCurrent(string page, string current)
    {
        var client = await App.SignInAsAsync(AppRoles.Admin);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var marked = new HtmlParser().ParseDocument(html).QuerySelectorAll("nav.sidenav a[aria-current=page], nav.sidenav a.active").Select(a => a.GetAttribute("href")!).Distinct().ToArray();
        Assert.Equal(new[] { current }, marked);
    }

    [Fact]
    public async Task MissingPage_SignedIn_Answers404()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var response = await client.GetAsync(new Uri("/dot-quy-hoach/" + Guid.NewGuid(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dossiers_ListDecisionsThatCameWithoutARound()
    {
        var client = await App.SignInAsAsync(AppRoles.Leader);
        var html = await client.GetStringAsync(new Uri("/ho-so", UriKind.Relative));
        var document = new HtmlParser().ParseDocument(html);
        var link = Assert.Single(document.QuerySelectorAll("#quyet-dinh-khong-qua-dot ~ ul a"), a => a.TextContent.Contains(Hosting.DemoPlan.DepartmentDecisionNumber, StringComparison.Ordinal));
        var decision = await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
    }
}
