using System.Net;
using AngleSharp.Html.Parser;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Import;

namespace QuyHoach.Web.Tests.Operations;

/// <summary>
/// The reference deployment (docs/operations-deployment.md) with real processes: nginx ends TLS in front of two
/// instances. A session survives one instance killed with -9 (the next requests with the same cookie and a form post
/// succeed on the other), an import uploaded before both are killed and restarted is finished after, with the form
/// fetched before; /metrics answers the machine itself at an instance's port but not a client through nginx; the
/// request log names the account and never the password. The real processes hash at Identity's default work factor:
/// the demo account, seeded by the test factory's cheaper hasher, is hashed again at 100,000 iterations or more when it signs in.
/// </summary>
public sealed class ReferenceDeploymentTests
{
    [Fact]
    public async Task SignInThroughNginx_OneInstanceKilled_SessionAndFormsGoOn_ImportFinishesAfterRestart()
    {
        await using var deployment = await ReferenceDeployment.StartAsync();
        var cookies = new CookieContainer();
        using var client = deployment.CreateClient(cookies);
        var staff = QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName;
        // The demo was seeded by the test factory, which hashes cheaply (TestPasswordHashing); the real app hashes the
        // password again at Identity's own work factor on the first sign-in.
        Assert.Equal(TestPasswordHashing.Iterations, TestPasswordHashing.IterationsOf(await PasswordHashAsync(deployment, staff)));
        var signedIn = await QuyHoachAppFactory.CompleteTwoFactorAsync(client, await QuyHoachAppFactory.PostSignInAsync(client, staff, QuyHoachAppFactory.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        // nginx told the app the request came over HTTPS: the sign-in cookie is Secure.
        Assert.True(cookies.GetCookies(deployment.BaseAddress)["qh.auth"]!.Secure);
        Assert.True(TestPasswordHashing.IterationsOf(await PasswordHashAsync(deployment, staff)) >= 100_000);

        // Uploaded now, applied after every instance has been killed and restarted, with this page's form.
        var (page, report) = await ImportRequests.UploadAsync(client, File("NGX-0001"));
        Assert.Contains("Tệp hợp lệ", report, StringComparison.Ordinal);
        var applyToken = new HtmlParser().ParseDocument(report).QuerySelector("form[action$='/ap-dung'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await deployment.KillInstanceAsync(1);
        for (var i = 0; i < 6; i++)
        {
            var list = await client.GetAsync(new Uri("/can-bo", UriKind.Relative));
            Assert.True(list.StatusCode == HttpStatusCode.OK, $"{(int)list.StatusCode}\n{deployment.Logs()}");
        }

        var (second, _) = await ImportRequests.UploadAsync(client, File("NGX-0002"));
        Assert.NotEqual(page, second);

        await deployment.KillInstanceAsync(2);
        await deployment.RunScriptAsync("start");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", applyToken)]);
        var applied = await client.PostAsync(new Uri(page.OriginalString + "/ap-dung", UriKind.Relative), content);
        Assert.True(applied.StatusCode == HttpStatusCode.Redirect, $"{(int)applied.StatusCode}\n{await applied.Content.ReadAsStringAsync()}");
        Assert.Contains("Đã nhập xong.", await ImportRequests.WaitDoneAsync(client, page), StringComparison.Ordinal);
        Assert.Equal(1L, await CadresAsync(deployment, "NGX-0001"));

        // /metrics: the machine itself at an instance's own port; through nginx, not even a signed-in user's.
        using var local = new HttpClient();
        var scraped = await local.GetStringAsync(new Uri($"http://127.0.0.1:{deployment.InstancePorts[1]}/metrics"));
        Assert.Contains("http_server_request_duration_seconds", scraped, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);

        var logs = deployment.Logs();
        Assert.Contains($"GET /can-bo 200", logs, StringComparison.Ordinal);
        Assert.Contains($"account={staff}", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(QuyHoachAppFactory.DemoPassword, logs, StringComparison.Ordinal);
    }

    private static byte[] File(string code) => new RegistryFiles().Cadre(code, "Nguyễn Thị Ánh Tuyết", sex: "Nữ", birth: "12/03/1988").Build();

    private static async Task<string> PasswordHashAsync(ReferenceDeployment deployment, string userName) =>
        (await OtherDepartmentSql.ScalarAsync<string>(deployment.DatabaseConnectionString, "SELECT password_hash FROM users WHERE user_name = @p", userName))!;

    private static async Task<long> CadresAsync(ReferenceDeployment deployment, string code) =>
        await OtherDepartmentSql.ScalarAsync<long>(deployment.DatabaseConnectionString, "SELECT count(*) FROM cadres WHERE code = @p", code);
}
