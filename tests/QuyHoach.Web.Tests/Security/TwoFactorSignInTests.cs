using System.Net;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Admin;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

public sealed class TwoFactorSignInTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string SetupPage = "/tai-khoan/xac-thuc-hai-lop";
    private const string StepPage = "/dang-nhap/xac-thuc-hai-lop";

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Enable_AsLeaderWithAppCode_RecoveryCodesShownOnceAndAudited()
    {
        await TestAccounts.CreateAsync(App, "lanhdao2fa", AppRoles.Leader);
        var (client, key) = await OpenSetupAsync("lanhdao2fa");
        var page = await client.GetStringAsync(new Uri(SetupPage, UriKind.Relative));
        var image = new HtmlParser().ParseDocument(page).QuerySelector("img.qr")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", image, StringComparison.Ordinal);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], Convert.FromBase64String(image["data:image/png;base64,".Length..])[..4]);

        var codes = await EnableAsync(client, key);
        Assert.Equal(10, codes.Count);
        var again = await client.GetStringAsync(new Uri(SetupPage, UriKind.Relative));
        Assert.Contains("đang bật", again, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[0], again, StringComparison.Ordinal);
        var audited = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.two_factor_enabled"), r => r.ActorName == "lanhdao2fa");
        Assert.Contains("\"twoFactor\": false", audited.Before, StringComparison.Ordinal);
        Assert.Contains("\"twoFactor\": true", audited.After, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[0], audited.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enable_WrongCode_VietnameseRefusalAndStillOff()
    {
        await TestAccounts.CreateAsync(App, "saima", AppRoles.Admin);
        var (client, key) = await OpenSetupAsync("saima");
        var response = await PageForms.SubmitAsync(client, SetupPage, "#form-bat-hai-lop", ("Code", WrongCode(key)));

        Assert.Contains("Mã xác thực không đúng hoặc đã hết hạn.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await TestAccounts.SignInAsync(App, "saima");
    }

    [Fact]
    public async Task SignIn_TwoFactorOn_AsksForCodeRefusesWrongOneAcceptsAppCode()
    {
        await TestAccounts.CreateAsync(App, "quantri2fa", AppRoles.Admin);
        var (setup, key) = await OpenSetupAsync("quantri2fa");
        await EnableAsync(setup, key);

        var client = App.CreateAnonymousClient();
        var first = await QuyHoachAppFactory.PostSignInAsync(client, "quantri2fa", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(StepPage, first.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/quan-tri", UriKind.Relative))).StatusCode);

        var wrong = await PageForms.SubmitAsync(client, StepPage, "#form-ma-xac-thuc", ("Code", WrongCode(key)));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Mã xác thực không đúng hoặc đã hết hạn.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await PageForms.SubmitAsync(client, StepPage, "#form-ma-xac-thuc", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.True(right.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(right));
        Assert.Contains("Tạo tài khoản", await client.GetStringAsync(new Uri("/quan-tri", UriKind.Relative)), StringComparison.Ordinal);

        var outcomes = (await AuditRows.ReadAsync(App.ConnectionString, "signin.failed")).Where(r => r.ActorName == "quantri2fa").ToList();
        Assert.Contains("\"method\": \"authenticator\"", Assert.Single(outcomes).After, StringComparison.Ordinal);
        Assert.Contains(await AuditRows.ReadAsync(App.ConnectionString, "signin.succeeded"),
            r => r.ActorName == "quantri2fa" && r.After!.Contains("\"method\": \"authenticator\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksOnce()
    {
        await TestAccounts.CreateAsync(App, "khoiphuc", AppRoles.Leader);
        var (setup, key) = await OpenSetupAsync("khoiphuc");
        var codes = await EnableAsync(setup, key);

        var client = App.CreateAnonymousClient();
        await QuyHoachAppFactory.PostSignInAsync(client, "khoiphuc", TestAccounts.Password);
        var used = await PageForms.SubmitAsync(client, StepPage, "#form-ma-khoi-phuc", ("RecoveryCode", codes[0]));
        Assert.True(used.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(used));

        var again = App.CreateAnonymousClient();
        await QuyHoachAppFactory.PostSignInAsync(again, "khoiphuc", TestAccounts.Password);
        var reused = await PageForms.SubmitAsync(again, StepPage, "#form-ma-khoi-phuc", ("RecoveryCode", codes[0]));
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_WithConfirmation_PasswordAloneSignsInAgain()
    {
        await TestAccounts.CreateAsync(App, "tathailop", AppRoles.Leader);
        var (client, key) = await OpenSetupAsync("tathailop");
        await EnableAsync(client, key);

        var refused = await PageForms.SubmitAsync(client, SetupPage, "#form-tat-hai-lop");
        Assert.Contains("Tôi xác nhận", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await PageForms.SubmitAsync(client, SetupPage, "#form-tat-hai-lop", ("Confirmed", "true"), ("Proof", TestAccounts.Password));

        await TestAccounts.SignInAsync(App, "tathailop");
        Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.two_factor_disabled"), r => r.ActorName == "tathailop");
    }

    [Theory]
    [InlineData(AppRoles.Staff)]
    [InlineData(AppRoles.Counter)]
    public async Task Setup_OtherRoles_RedirectedToRefusal(string role)
    {
        var client = await App.SignInAsAsync(role);
        var page = await client.GetAsync(new Uri(SetupPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);

        var token = AngleSharpForms.HiddenFields(await client.GetStringAsync(new Uri("/", UriKind.Relative)), "form.signout-form");
        token.AddRange([new("_handler", "bat-hai-lop"), new("Code", "123456")]);
        using var content = new FormUrlEncodedContent(token);
        var post = await client.PostAsync(new Uri(SetupPage, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain("Xác thực hai lớp", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepPage_WithoutPasswordStep_SendsToSignIn()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri(StepPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/dang-nhap", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Key)> OpenSetupAsync(string userName)
    {
        var client = await TestAccounts.SignInAsync(App, userName);
        var page = await client.GetStringAsync(new Uri(SetupPage, UriKind.Relative));
        var key = new HtmlParser().ParseDocument(page).QuerySelector("#khoa-bi-mat")?.TextContent
            ?? throw new InvalidOperationException("No shared key on:\n" + page);
        return (client, key.Replace(" ", "", StringComparison.Ordinal));
    }

    private static async Task<List<string>> EnableAsync(HttpClient client, string key)
    {
        var response = await PageForms.SubmitAsync(client, SetupPage, "#form-bat-hai-lop", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var html = await response.Content.ReadAsStringAsync();
        var codes = new HtmlParser().ParseDocument(html).QuerySelectorAll("#ma-khoi-phuc li").Select(li => li.TextContent.Trim()).ToList();
        return codes.Count > 0 ? codes : throw new InvalidOperationException("Two-factor not enabled:\n" + html);
    }

    /// <summary>A code the app rejects: from an hour ago, and different from every code it accepts now (±2 steps).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(1, 100).Select(h => Totp.Code(key, now.AddMinutes(-h * 7))).First(c => !accepted.Contains(c));
    }
}
