using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): behind nginx ending TLS, the sign-in cookie had no Secure and there was no HSTS. The proxy's
/// X-Forwarded-Proto is now believed from the configured proxies (loopback by default) and only from them. The test
/// server has no connection address, so each case sets the address the request comes from.
/// </summary>
public sealed class ForwardedProtoTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SignIn_HttpsFromLoopbackProxy_SecureCookiesAndHsts()
    {
        var response = await SignInAsync(From("127.0.0.1"), https: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = AuthCookie(response);
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_HttpsFromLoopbackProxy_AntiforgeryCookieSecure()
    {
        var client = From("127.0.0.1").CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dang-nhap", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("qh.af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignIn_HttpsClaimedByUnknownAddress_Ignored()
    {
        var response = await SignInAsync(From("203.0.113.7"), https: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("secure", AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignIn_HttpsFromConfiguredProxyNetwork_Secure()
    {
        var response = await SignInAsync(From("10.20.0.5", proxies: "10.20.0.0/16, 192.0.2.1"), https: true);
        Assert.Contains("secure", AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignIn_PlainHttp_NoSecureNoHsts()
    {
        var response = await SignInAsync(From("127.0.0.1"), https: false);
        Assert.DoesNotContain("secure", AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private WebApplicationFactory<Program> From(string address, string? proxies = null) => fixture.App.WithWebHostBuilder(builder =>
    {
        if (proxies is not null)
        {
            builder.UseSetting("QuyHoach:Proxies", proxies);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress(System.Net.IPAddress.Parse(address))));
    });

    /// <summary>Signs in through the form; the POST carries X-Forwarded-Proto when <paramref name="https"/>. (The form
    /// is read over plain HTTP: the test client, talking http://, would not send a Secure antiforgery cookie back.)</summary>
    private static async Task<HttpResponseMessage> SignInAsync(WebApplicationFactory<Program> app, bool https)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        var fields = Shell.AngleSharpForms.HiddenFields(page, "form");
        fields.Add(new("Input.UserName", QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName));
        fields.Add(new("Input.Password", QuyHoachAppFactory.DemoPassword));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/dang-nhap", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (https)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        return await client.SendAsync(request);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("qh.auth=", StringComparison.Ordinal));

    /// <summary>The connection's remote address, as the server would have it, set before the app's middleware.</summary>
    private sealed class RemoteAddress(System.Net.IPAddress address) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
