using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Admin;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): a copied sign-in cookie kept reading the API after sign-out; there was no password change
/// and no administrator reset.
/// </summary>
public sealed class SessionEndTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Probe = "/api/v1/rounds";
    private const string ChangePage = "/tai-khoan/doi-mat-khau";

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task CopiedCookie_AfterSignOut_Refused401()
    {
        using var session = new RawSession(App);
        await session.SignInAsync(QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName, QuyHoachAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(Probe)).StatusCode);
        var copied = new Dictionary<string, string>(session.Cookies);

        var signedOut = await session.SubmitAsync("/", "form.signout-form");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var thief = new RawSession(App).WithCookies(copied);
        var replay = await thief.GetAsync(Probe);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task CopiedCookie_AfterPasswordChange_Refused401AndTheChangingSessionGoesOn()
    {
        await App.CreateAccountAsync("doimatkhau", "Ngô Thị Đổi", AppRoles.Staff, "NDI-SCT");
        using var elsewhere = new RawSession(App);
        await elsewhere.SignInAsync("doimatkhau", QuyHoachAppFactory.DemoPassword);

        var client = await App.SignInAsUserAsync("doimatkhau");
        const string NewPassword = "Moi-Cua-Toi-2026";
        var changed = await PageForms.SubmitAsync(client, ChangePage, "#form-doi-mat-khau",
            ("Current", QuyHoachAppFactory.DemoPassword), ("Next", NewPassword), ("Confirm", NewPassword));
        Assert.True(changed.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(changed));

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync(Probe)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Probe, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "doimatkhau", QuyHoachAppFactory.DemoPassword)).StatusCode);
        await App.SignInAsUserAsync("doimatkhau", NewPassword);
        var audited = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.password_changed"), r => r.ActorName == "doimatkhau");
        Assert.DoesNotContain(NewPassword, audited.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_RefusedInVietnamese()
    {
        await App.CreateAccountAsync("saimatkhau", "Đỗ Văn Sai", AppRoles.Staff, "NDI-SCT");
        var client = await App.SignInAsUserAsync("saimatkhau");
        var refused = await PageForms.SubmitAsync(client, ChangePage, "#form-doi-mat-khau",
            ("Current", "Khong-Phai-2026"), ("Next", "Moi-Cua-Toi-2026"), ("Confirm", "Moi-Cua-Toi-2026"));
        Assert.Contains("Mật khẩu hiện tại không đúng.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReset_EndsSessionsAndForcesAChangeAtNextSignIn()
    {
        var id = await TestAccounts.CreateAsync(App, "quenmatkhau", AppRoles.Staff);
        using var open = new RawSession(App);
        await open.SignInAsync("quenmatkhau", TestAccounts.Password);

        var admin = await App.SignInAsAsync(AppRoles.Admin);
        const string Temporary = "Tam-Thoi-Cap-Lai-7";
        var reset = await PageForms.SubmitAsync(admin, $"/quan-tri/tai-khoan/{id}", "#form-dat-lai-mat-khau",
            ("TemporaryPassword", Temporary), ("ConfirmTemporaryPassword", Temporary));
        Assert.True(reset.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(reset));
        Assert.Equal(HttpStatusCode.Unauthorized, (await open.GetAsync(Probe)).StatusCode);

        var user = await App.SignInAsUserAsync("quenmatkhau", Temporary);
        var home = await user.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(ChangePage, home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(new Uri(Probe, UriKind.Relative))).StatusCode);
        Assert.Contains("mật khẩu tạm thời", await user.GetStringAsync(new Uri(ChangePage, UriKind.Relative)), StringComparison.Ordinal);

        const string Own = "Cua-Rieng-Toi-2026";
        var changed = await PageForms.SubmitAsync(user, ChangePage, "#form-doi-mat-khau", ("Current", Temporary), ("Next", Own), ("Confirm", Own));
        Assert.True(changed.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(changed));
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var audited = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.password_reset"), r => r.EntityId == id.ToString());
        Assert.Contains("\"mustRenewCredentials\": true", audited.After, StringComparison.Ordinal);
        Assert.DoesNotContain(Temporary, audited.After, StringComparison.Ordinal);
    }
}
