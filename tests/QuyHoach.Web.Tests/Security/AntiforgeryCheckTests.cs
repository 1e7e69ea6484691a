using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Antiforgery is checked in one place (docs/adr/0010, AntiforgeryPolicy): the framework's middleware, for every
/// endpoint that takes POST, PUT, PATCH or DELETE; no endpoint turns the check off or checks by hand. The refusals
/// themselves are tested where each form or call lives (RefusalsTests, RegistryApiTests, SigningInTests, HostileInputTests).
/// </summary>
public sealed class AntiforgeryCheckTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Unsafe = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public void EveryUnsafeEndpoint_AsksTheMiddlewareForTheCheck()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => Unsafe.Contains(m, StringComparer.OrdinalIgnoreCase)) == true)
            .ToList();
        var unprotected = endpoints.Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: true })
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)} {e.RoutePattern.RawText}")
            .ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} unsafe endpoints found");
        Assert.True(unprotected.Count == 0, "Unsafe endpoints without the antiforgery check:\n" + string.Join('\n', unprotected));
    }
}
