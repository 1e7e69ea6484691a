using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

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
        var protection = services.AddDataProtection()
            .SetApplicationName("QuyHoach")
            .PersistKeysToDbContext<QuyHoachDbContext>();
        KeyRingCertificate key;
        try
        {
            key = new KeyRingCertificate(configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            // The data folder cannot be written (StartupGuard names it in one line and stops): never keys in clear.
            services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new NoCertificate());
            return services;
        }

        services.AddSingleton(key);
        protection.ProtectKeysWithCertificate(key.Certificate);
        services.AddHostedService<LegacyKeyRingUpgrade>();
        return services;
    }

    private sealed class NoCertificate : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
            throw new InvalidOperationException("Không có chứng thư mã hóa khóa (thư mục keys/ của dữ liệu): không ghi khóa bảo vệ dữ liệu.");
    }
}
