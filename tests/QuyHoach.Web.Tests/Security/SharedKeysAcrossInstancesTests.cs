using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Two instances over one database, each with a data folder of its own (as on two machines) and the same key-ring
/// certificate: a sign-in cookie and an antiforgery token issued by one are accepted by the other, because the Data
/// Protection keys are in the database.
/// </summary>
public sealed class SharedKeysAcrossInstancesTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabase.CreateSeededAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_database);

    [Fact]
    public async Task SignInCookieAndFormToken_IssuedByInstanceA_AcceptedByInstanceB()
    {
        var certificate = Path.Combine(Environment.GetEnvironmentVariable("QUYHOACH_DATA")!, "keys", "data-protection.pfx");
        await using var a = new QuyHoachAppFactory(_database);
        await using var b = new QuyHoachAppFactory(_database, settings: new Dictionary<string, string?>
        {
            ["QUYHOACH_DATA"] = Directory.CreateTempSubdirectory("quyhoach-test-data-b-").FullName,
            ["DataProtection:CertificateFile"] = certificate,
        });
        var jar = new CookieContainer();
        using var onA = a.CreateDefaultClient(new Uri("http://localhost"), new CookieJar(jar));
        using var onB = b.CreateDefaultClient(new Uri("http://localhost"), new CookieJar(jar));

        var signIn = await QuyHoachAppFactory.CompleteTwoFactorAsync(onA, await QuyHoachAppFactory.PostSignInAsync(onA, QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName, QuyHoachAppFactory.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var list = await onB.GetAsync(new Uri("/can-bo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);

        var form = await onA.GetStringAsync(new Uri("/nhap-du-lieu", UriKind.Relative));
        var token = new HtmlParser().ParseDocument(form).QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent();
        upload.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(new RegistryFiles().Cadre("KEY-0001", "Đặng Văn Chung").Build());
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.Add(part, "file", "can-bo.xlsx");
        var posted = await onB.PostAsync(new Uri("/nhap-du-lieu", UriKind.Relative), upload);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/nhap-du-lieu/", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>One browser's cookies, whichever instance answers.</summary>
    private sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    cookies.SetCookies(uri, value);
                }
            }

            return response;
        }
    }
}
