using Microsoft.AspNetCore.DataProtection;
using QuyHoach.Data;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Data Protection (sign-in cookies, antiforgery tokens, authenticator keys) with its key ring in the database
/// (<c>data_protection_keys</c>, migration 0020), so several instances over one database accept each other's cookies
/// and tokens and a restart or a new instance signs nobody out; each key encrypted at rest with
/// <see cref="KeyRingCertificate"/>.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddQuyHoachDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var key = new KeyRingCertificate(configuration);
        services.AddSingleton(key);
        services.AddDataProtection()
            .SetApplicationName("QuyHoach")
            .PersistKeysToDbContext<QuyHoachDbContext>()
            .ProtectKeysWithCertificate(key.Certificate);
        services.AddHostedService<LegacyKeyRingUpgrade>();
        return services;
    }
}
