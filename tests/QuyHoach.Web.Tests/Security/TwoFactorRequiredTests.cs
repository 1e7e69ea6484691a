using System.Net;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Admin;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): two-factor sign-in was optional for administrators and leaders, could be turned off with an
/// open session alone, and its secrets were stored in plain text.
/// </summary>
public sealed class TwoFactorRequiredTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string SetupPage = "/tai-khoan/xac-thuc-hai-lop";

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task LeaderWithoutTwoFactor_ReachesNothingButTheSetupPage()
    {
        await App.CreateAccountAsync("lanhdaomoi", "Hoàng Văn Mới", AppRoles.Leader, "NDI-SCT");
        var client = await App.SignInAsUserAsync("lanhdaomoi");

        foreach (var page in new[] { "/", "/can-bo", "/dot-quy-hoach", "/quan-tri" })
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(SetupPage, response.Headers.Location!.OriginalString);
        }

        var api = await client.GetAsync(new Uri("/api/v1/rounds", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains("bật xác thực hai lớp", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var setup = await client.GetStringAsync(new Uri(SetupPage, UriKind.Relative));
        Assert.Contains("bắt buộc xác thực hai lớp", setup, StringComparison.Ordinal);
        var key = new HtmlParser().ParseDocument(setup).QuerySelector("#khoa-bi-mat")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var enabled = await PageForms.SubmitAsync(client, SetupPage, "#form-bat-hai-lop", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Contains("Mã khôi phục", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/rounds", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(AppRoles.Leader)]
    [InlineData(AppRoles.Admin)]
    public async Task DemoAccount_AsksForTheCodeAfterThePassword(string role)
    {
        var client = App.CreateAnonymousClient();
        var first = await QuyHoachAppFactory.PostSignInAsync(client, QuyHoachAppFactory.DemoAccountFor(role).UserName, QuyHoachAppFactory.DemoPassword);
        Assert.StartsWith(QuyHoachAppFactory.TwoFactorStepPath, first.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var before = await client.GetAsync(new Uri("/can-bo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.StartsWith("/dang-nhap", before.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnOff_WithOnlyTheSession_RefusedAndStillOn()
    {
        await TestAccounts.CreateAsync(App, "giuhailop", AppRoles.Admin);
        var client = await TestAccounts.SignInAsync(App, "giuhailop");
        var key = await EnableAsync(client);

        var bare = await PageForms.SubmitAsync(client, SetupPage, "#form-tat-hai-lop", ("Confirmed", "true"));
        Assert.Contains("hoặc mật khẩu của bạn, để tắt xác thực hai lớp", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var guessed = await PageForms.SubmitAsync(client, SetupPage, "#form-tat-hai-lop", ("Confirmed", "true"), ("Proof", SignInBurstTests.WrongCode(key)));
        Assert.Contains("hoặc mật khẩu của bạn, để tắt xác thực hai lớp", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await Sql.ScalarAsync<bool>(App.ConnectionString, "SELECT two_factor_enabled FROM users WHERE user_name = @p", "giuhailop"));
        Assert.DoesNotContain(await AuditRows.ReadAsync(App.ConnectionString, "account.two_factor_disabled"), r => r.ActorName == "giuhailop");

        var withCode = await PageForms.SubmitAsync(client, SetupPage, "#form-tat-hai-lop", ("Confirmed", "true"), ("Proof", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Contains("bắt buộc xác thực hai lớp", await withCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Sql.ScalarAsync<bool>(App.ConnectionString, "SELECT two_factor_enabled FROM users WHERE user_name = @p", "giuhailop"));
    }

    [Fact]
    public async Task StoredSecrets_NotPlain()
    {
        await TestAccounts.CreateAsync(App, "baomat", AppRoles.Leader);
        var client = await TestAccounts.SignInAsync(App, "baomat");
        var setup = await client.GetStringAsync(new Uri(SetupPage, UriKind.Relative));
        var key = new HtmlParser().ParseDocument(setup).QuerySelector("#khoa-bi-mat")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var enabled = await PageForms.SubmitAsync(client, SetupPage, "#form-bat-hai-lop", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var codes = new HtmlParser().ParseDocument(await enabled.Content.ReadAsStringAsync()).QuerySelectorAll("#ma-khoi-phuc li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);

        const string Tokens = "SELECT string_agg(t.value, ' ') FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE u.user_name = @p";
        var stored = await Sql.ScalarAsync<string>(App.ConnectionString, Tokens, "baomat") ?? "";
        Assert.Contains("dp1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(key, stored, StringComparison.OrdinalIgnoreCase);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));
        var demo = await Sql.ScalarAsync<string>(App.ConnectionString, Tokens, QuyHoachAppFactory.DemoAccountFor(AppRoles.Leader).UserName) ?? "";
        Assert.StartsWith("dp1:", demo, StringComparison.Ordinal);
        Assert.DoesNotContain(QuyHoachAppFactory.DemoAuthenticatorKey, demo, StringComparison.OrdinalIgnoreCase);

        // A recovery code still works once, checked against its hash.
        var other = App.CreateAnonymousClient();
        await QuyHoachAppFactory.PostSignInAsync(other, "baomat", TestAccounts.Password);
        var used = await PageForms.SubmitAsync(other, QuyHoachAppFactory.TwoFactorStepPath, "#form-ma-khoi-phuc", ("RecoveryCode", codes[3]));
        Assert.True(used.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(used));
    }

    [Fact]
    public async Task PlainSecretsFromBefore_ProtectedAtStartupAndStillWork()
    {
        await App.CreateAccountAsync("khoacu", "Phan Văn Cũ", AppRoles.Leader, "NDI-SCT", twoFactor: true);
        const string Plain = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        await Sql.ScalarAsync<object>(App.ConnectionString, $"""
            UPDATE user_tokens SET value = '{Plain}' WHERE name = 'AuthenticatorKey' AND user_id = (SELECT id FROM users WHERE user_name = @p);
            INSERT INTO user_tokens (user_id, login_provider, name, value)
            SELECT id, '[AspNetUserStore]', 'RecoveryCodes', 'AAAAA-11111;BBBBB-22222' FROM users WHERE user_name = @p
            """, "khoacu");

        // A restart of the app on the same database upgrades them.
        await using (var restarted = new QuyHoachAppFactory(App.ConnectionString))
        {
            var client = restarted.CreateAnonymousClient();
            var first = await QuyHoachAppFactory.PostSignInAsync(client, "khoacu", QuyHoachAppFactory.DemoPassword);
            var signedIn = await QuyHoachAppFactory.CompleteTwoFactorAsync(client, first, Plain);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/", signedIn.Headers.Location!.AbsolutePath);
        }

        var stored = await Sql.ScalarAsync<string>(App.ConnectionString,
            "SELECT string_agg(t.value, ' ') FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE u.user_name = @p", "khoacu") ?? "";
        Assert.DoesNotContain(Plain, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAAA-11111", stored, StringComparison.Ordinal);
    }

    private static async Task<string> EnableAsync(HttpClient client)
    {
        var setup = await client.GetStringAsync(new Uri(SetupPage, UriKind.Relative));
        var key = new HtmlParser().ParseDocument(setup).QuerySelector("#khoa-bi-mat")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var enabled = await PageForms.SubmitAsync(client, SetupPage, "#form-bat-hai-lop", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Contains("Mã khôi phục", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return key;
    }
}
