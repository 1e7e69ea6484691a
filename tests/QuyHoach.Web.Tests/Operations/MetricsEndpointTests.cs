using System.Net;
using Microsoft.AspNetCore.Http;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;

namespace QuyHoach.Web.Tests.Operations;

/// <summary>/metrics (Prometheus text of the OpenTelemetry metrics): the instance's own machine or the administrator;
/// anyone else, and anyone who came through a proxy, 403. The test server gives no client address (any proxy is believed),
/// so a request with forwarding headers is what nginx sends for a client; ReferenceDeploymentTests scrapes an
/// instance's loopback port and is refused through the real nginx.</summary>
public sealed class MetricsEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly Uri Metrics = new("/metrics", UriKind.Relative);

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Metrics_NotLocalNotAdministrator_Refused()
    {
        var anonymous = App.CreateAnonymousClient();
        // The test server gives no client address: not the machine itself.
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(Metrics)).StatusCode);
        // Through the proxy (the test server's loopback is a known proxy): from a remote client, and from a client
        // whose forwarded address is the loopback itself.
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.SendAsync(ThroughProxy("203.0.113.9"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.SendAsync(ThroughProxy("127.0.0.1"))).StatusCode);
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var refused = await staff.SendAsync(ThroughProxy("203.0.113.9"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.SendAsync(ThroughProxy("127.0.0.1"))).StatusCode);
    }

    [Fact]
    public async Task Metrics_Administrator_PrometheusTextWithRequestDurations()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var response = await admin.SendAsync(ThroughProxy("203.0.113.9"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
    }

    private static HttpRequestMessage ThroughProxy(string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Metrics);
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("10.0.0.7", null, false)]
    [InlineData("127.0.0.1", "X-Original-For", false)]
    [InlineData("127.0.0.1", "X-Forwarded-For", false)]
    [InlineData("127.0.0.1", "Forwarded", false)]
    public void IsLocal_AfterTheProxyHeaders_OnlyADirectLoopbackRequest(string remote, string? header, bool local)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (header is not null)
        {
            context.Request.Headers[header] = "127.0.0.1:50123";
        }

        Assert.Equal(local, MetricsAccess.IsLocal(context));
    }
}
