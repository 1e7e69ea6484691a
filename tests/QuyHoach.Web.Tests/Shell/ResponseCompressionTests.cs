using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Shell;

/// <summary>
/// Pages and the stylesheet are sent compressed when the browser accepts it (issue 19); the sign-in and account pages
/// (authenticator key, recovery codes) and answers to a form post are not, so BREACH finds no secret beside typed
/// text in a compressed body.
/// </summary>
public sealed class ResponseCompressionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Page_BrowserAcceptsBrotli_SentCompressed()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/can-bo", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await client.SendAsync(request);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task SignInAndAccountPages_BrowserAcceptsGzip_SentAsTheyAre()
    {
        var signedIn = await App.SignInAsAsync(AppRoles.Staff);
        foreach (var (client, address) in new[] { (App.CreateAnonymousClient(), "/dang-nhap"), (signedIn, "/tai-khoan/doi-mat-khau") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(response.Content.Headers.ContentEncoding);
        }
    }
}
