using System.Security.Cryptography;
using System.Text.Json;

namespace QuyHoach.Web.Features.Account;

/// <summary>
/// Dấu vân tay tài khoản: a digest of everything the sign-in cookie carries from the account besides its id and
/// security stamp (user name, e-mail, full name, unit, roles, two-factor, temporary password), kept in the cookie as
/// the claim <see cref="ClaimType"/>. <see cref="AccountCheck"/> computes it again from the account's columns on every
/// request: equal, the cookie's claims still hold; different (an administrator's change, or a bare UPDATE that gave no
/// new security stamp), the principal is rebuilt from the account.
/// </summary>
public static class AccountFingerprint
{
    public const string ClaimType = "qh:account";

    /// <summary>The fingerprint of these account values; the order of <paramref name="roles"/> does not matter.</summary>
    public static string Of(string? userName, string? email, string fullName, Guid? organisationId, bool twoFactor, bool mustChangePassword, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        // A JSON array: no value can be mistaken for its neighbour, whatever characters a name holds.
        string?[] values =
        [
            userName, email, fullName, organisationId?.ToString(), twoFactor ? "2fa" : "", mustChangePassword ? "temporary" : "",
            .. roles.Order(StringComparer.Ordinal),
        ];
        return Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(values)).AsSpan(0, 16));
    }

    /// <summary>The fingerprint of <paramref name="user"/> with its <paramref name="roles"/>, as the sign-in cookie is issued.</summary>
    public static string Of(AppUser user, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Of(user.UserName, user.Email, user.FullName, user.OrganisationId, user.TwoFactorEnabled, user.MustChangePassword, roles);
    }
}
