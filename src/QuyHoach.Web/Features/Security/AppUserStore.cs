using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace QuyHoach.Web.Features.Security;

/// <summary>
/// Identity's EF store, with the authenticator key encrypted and the recovery codes hashed at rest
/// (<see cref="TwoFactorSecrets"/>). Identity keeps both as tokens of its internal login provider.
/// </summary>
public sealed class AppUserStore(QuyHoachDbContext context, TwoFactorSecrets secrets, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, QuyHoachDbContext, Guid>(context, describer)
{
    /// <summary>Identity's name for its own tokens (UserStoreBase.InternalLoginProvider).</summary>
    public const string InternalLoginProvider = "[AspNetUserStore]";
    public const string AuthenticatorKeyName = "AuthenticatorKey";
    public const string RecoveryCodesName = "RecoveryCodes";

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyName, secrets.ProtectKey(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken) =>
        secrets.UnprotectKey(await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyName, cancellationToken).ConfigureAwait(false));

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodesName, string.Join(';', recoveryCodes.Select(TwoFactorSecrets.HashCode)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodesName, cancellationToken).ConfigureAwait(false) ?? "";
        var codes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();

        // A stored code that starts with the hash prefix is a hash; a typed code never does (HashCode keeps it as is).
        var hashed = code.StartsWith(TwoFactorSecrets.CodePrefix, StringComparison.Ordinal) ? null : TwoFactorSecrets.HashCode(code);
        var index = hashed is null ? -1 : codes.FindIndex(c => c == hashed || c == code.Trim());
        if (index < 0)
        {
            return false;
        }

        codes.RemoveAt(index);
        await ReplaceCodesAsync(user, codes, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
