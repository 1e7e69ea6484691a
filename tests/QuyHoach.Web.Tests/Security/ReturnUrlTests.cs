using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Account;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>Regression probe (docs/security.md): sign-in with <c>?ReturnUrl=/%E3%80%82/evil.com</c> answered 500.</summary>
public sealed class ReturnUrlTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Theory]
    [InlineData("/%E3%80%82/evil.com")]
    [InlineData("/%E3%80%82evil.com")]
    [InlineData("//evil.com")]
    [InlineData("/%2F%2Fevil.com")]
    [InlineData("/%5Cevil.com")]
    [InlineData("/%5C%5Cevil.com")]
    [InlineData("/%09/evil.com")]
    [InlineData("https://evil.com")]
    [InlineData("%2F%2Fevil.com")]
    public async Task SignIn_HostileReturnUrl_No5xxAndStaysOnSite(string hostile)
    {
        foreach (var role in new[] { AppRoles.Staff, AppRoles.Leader })
        {
            var client = App.CreateAnonymousClient();
            var url = "/dang-nhap?ReturnUrl=" + hostile;
            var page = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

            var response = await PageForms.SubmitAsync(client, url, "form",
                ("Input.UserName", QuyHoachAppFactory.DemoAccountFor(role).UserName), ("Input.Password", QuyHoachAppFactory.DemoPassword));
            response = await QuyHoachAppFactory.CompleteTwoFactorAsync(client, response);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(response));
            var location = response.Headers.Location!;
            Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", location.ToString());
            Assert.Equal("/", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
        }
    }

    [Theory]
    [InlineData("/can-bo", "/can-bo")]
    [InlineData("/can-bo?q=Nguy%E1%BB%85n", "/can-bo?q=Nguy%E1%BB%85n")]
    [InlineData("/\u3002/evil.com", "/")]
    [InlineData("/\\evil.com", "/")]
    [InlineData("/a\r\nLocation: //evil.com", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Local_OnlyPlainPaths(string? url, string expected) => Assert.Equal(expected, ReturnUrls.Local(url));
}
