using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS (nginx), the app sees plain HTTP from the proxy. The proxy's
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> are believed only from the addresses in
/// <c>QuyHoach:Proxies</c> (environment <c>QuyHoach__Proxies</c>: IP addresses or CIDR networks, separated by commas),
/// by default only the loopback. Then a request that came in over HTTPS is HTTPS for the app: the sign-in and
/// antiforgery cookies (SameAsRequest) are <c>Secure</c> and HSTS is sent (SecurityHeaders). From anyone else the
/// headers are ignored, so a client cannot claim HTTPS or another address. <c>X-Forwarded-Host</c> is never read.
/// </summary>
public static class ForwardedProxies
{
    public const string Setting = "QuyHoach:Proxies";

    public static IServiceCollection AddForwardedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = (configuration[Setting] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (configured.Length == 0)
            {
                return; // the framework's default: 127.0.0.0/8 and ::1
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in configured)
            {
                if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException(
                        $"Cấu hình {Setting}: \"{entry}\" không phải địa chỉ IP hay mạng dạng CIDR (ví dụ 10.0.0.5 hoặc 10.0.0.0/24).");
                }
            }
        });
    }
}
