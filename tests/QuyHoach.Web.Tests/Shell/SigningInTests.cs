using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Shell;

public sealed class SigningInTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Home_SignedOut_OffersSignIn()
    {
        var client = App.CreateAnonymousClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("href=\"/dang-nhap\"", html, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.DoesNotContain(QuyHoachAppFactory.DemoProvinceName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DemoAccount_DashboardNamesProvinceAndUnit()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Tổng quan", html, StringComparison.Ordinal);
        Assert.Contains(QuyHoachAppFactory.DemoProvinceName, html, StringComparison.Ordinal);
        Assert.Contains(QuyHoachAppFactory.DemoDepartmentName, html, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên tổ chức", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_VietnameseMessageAndNoCookie()
    {
        var client = App.CreateAnonymousClient();
        var response = await QuyHoachAppFactory.PostSignInAsync(client, QuyHoachAppFactory.DemoAccountFor(AppRoles.Leader).UserName, "Sai-mat-khau-1");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("qh.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_EmptyFields_VietnameseValidation()
    {
        var client = App.CreateAnonymousClient();
        var response = await QuyHoachAppFactory.PostSignInAsync(client, "", "");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy nhập tên đăng nhập.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập mật khẩu.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksEvenTheRightPassword()
    {
        var client = App.CreateAnonymousClient();
        var user = QuyHoachAppFactory.DemoAccountFor(AppRoles.Delegate).UserName;
        string html = "";
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failure = await QuyHoachAppFactory.PostSignInAsync(client, user, $"Sai-mat-khau-{attempt}");
            html = await failure.Content.ReadAsStringAsync();
        }

        Assert.Contains("Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.", html, StringComparison.Ordinal);
        var right = await QuyHoachAppFactory.PostSignInAsync(client, user, QuyHoachAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_StaysOnSite()
    {
        var client = App.CreateAnonymousClient();
        var page = await client.GetStringAsync(new Uri("/dang-nhap?ReturnUrl=//evil.example/", UriKind.Relative));
        Assert.Contains("form", page, StringComparison.Ordinal);
        var response = await QuyHoachAppFactory.CompleteTwoFactorAsync(client,
            await QuyHoachAppFactory.PostSignInAsync(client, QuyHoachAppFactory.DemoAccountFor(AppRoles.Leader).UserName, QuyHoachAppFactory.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/", response.Headers.Location.AbsolutePath);
    }

    [Fact]
    public async Task SignOut_WithToken_EndsSession()
    {
        var client = await App.SignInAsAsync(AppRoles.Leader);
        var dashboard = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = AngleSharpForms.HiddenFields(dashboard, "form.signout-form");
        using var content = new FormUrlEncodedContent(token);
        var response = await client.PostAsync(new Uri("/dang-xuat", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync(new Uri("/quan-tri", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/dang-nhap", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Refused()
    {
        var client = await App.SignInAsAsync(AppRoles.Leader);
        using var empty = new FormUrlEncodedContent([]);
        var response = await client.PostAsync(new Uri("/dang-xuat", UriKind.Relative), empty);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var still = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains(QuyHoachAppFactory.DemoProvinceName, still, StringComparison.Ordinal);
    }
}
