using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace QuyHoach.Web.Features.Security;

/// <summary>
/// How the second factor's secrets are kept in <c>user_tokens</c> (docs/security.md): the authenticator key encrypted with
/// Data Protection, whose key ring is in the database but encrypted with a certificate of the data folder's
/// <c>keys/</c> (<c>KeyRingCertificate</c>), so a database dump alone does not give anyone the codes; each recovery
/// code as a SHA-256 hash (they are random, 50 bits, so a plain hash suffices and a dump cannot be used to sign in). The prefixes tell a protected value from a plain one written
/// before, which <see cref="TwoFactorSecretsUpgrade"/> converts.
/// </summary>
public sealed class TwoFactorSecrets(IDataProtectionProvider protection)
{
    public const string KeyPrefix = "dp1:";
    public const string CodePrefix = "h1:";

    /// <summary>The Data Protection purpose of authenticator keys.</summary>
    public const string Purpose = "QuyHoach.Identity.AuthenticatorKey.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string ProtectKey(string key) => KeyPrefix + _protector.Protect(key);

    /// <summary>The key as the app needs it; a value written before encryption is returned as it is.</summary>
    public string? UnprotectKey(string? stored) =>
        stored is not null && stored.StartsWith(KeyPrefix, StringComparison.Ordinal) ? _protector.Unprotect(stored[KeyPrefix.Length..]) : stored;

    public static bool IsProtectedKey(string? stored) => stored is null || stored.StartsWith(KeyPrefix, StringComparison.Ordinal);

    public static string HashCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.StartsWith(CodePrefix, StringComparison.Ordinal)
            ? code
            : CodePrefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));
    }

    /// <summary>Identity keeps the codes as one value joined by ';'.</summary>
    public static string HashCodes(string? joined) =>
        string.Join(';', (joined ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(HashCode));

    public static bool AreHashedCodes(string? joined) =>
        (joined ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).All(c => c.StartsWith(CodePrefix, StringComparison.Ordinal));
}
