using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Security;

/// <summary>What the set-up page shows: on or off, and while off, the key to enter in an authenticator app.</summary>
public sealed record TwoFactorState(bool Enabled, string? SharedKey, string? QrCodeDataUri);

/// <summary>
/// Turns two-factor sign-in on (after a correct code from the app; returns the recovery codes, shown once) and
/// off, each audited in the transaction of the change. After each change the sign-in cookie is renewed, because
/// Identity renews the security stamp and would otherwise end the session at the next check.
/// </summary>
public sealed class TwoFactorSetupHandler(QuyHoachDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    public const int RecoveryCodeCount = 10;

    public async Task<TwoFactorState> LoadAsync(ClaimsPrincipal principal)
    {
        var user = await CurrentAsync(principal).ConfigureAwait(false);
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorState(true, null, null);
        }

        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
            await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
            key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) ?? "";
        }

        var qr = AuthenticatorQrCode.PngDataUri(AuthenticatorQrCode.Uri(user.UserName ?? "", key));
        return new TwoFactorState(false, AuthenticatorQrCode.Readable(key), qr);
    }

    /// <summary>The recovery codes when the code was right; null (and nothing changed) when it was not.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ClaimsPrincipal principal, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var user = await CurrentAsync(principal).ConfigureAwait(false);
        var normalised = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (user.TwoFactorEnabled
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalised).ConfigureAwait(false))
        {
            return null;
        }

        IReadOnlyList<string> codes = [];
        await AuditTrail.RecordAsync(db, async _ =>
        {
            var before = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            await Check(users.SetTwoFactorEnabledAsync(user, true)).ConfigureAwait(false);
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false) ?? []];
            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            return [AuditEvent.Create(UserClaims.Actor(principal), AuditAction.TwoFactorEnabled, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after)];
        }, cancellationToken).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        return codes;
    }

    /// <summary>
    /// Turns two-factor sign-in off when <paramref name="proof"/> is a current code from the app or the account's
    /// password: an open session alone (a borrowed or stolen browser) is not enough (docs/security.md). False, and nothing
    /// changed, when it is neither.
    /// </summary>
    public async Task<bool> DisableAsync(ClaimsPrincipal principal, string proof, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var user = await CurrentAsync(principal).ConfigureAwait(false);
        var code = proof.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var proven = proof.Length > 0
            && ((code.Length == 6 && code.All(char.IsAsciiDigit)
                    && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code).ConfigureAwait(false))
                || await users.CheckPasswordAsync(user, proof).ConfigureAwait(false));
        if (!proven)
        {
            return false;
        }

        await AuditTrail.RecordAsync(db, async _ =>
        {
            var before = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            await Check(users.SetTwoFactorEnabledAsync(user, false)).ConfigureAwait(false);

            // A new key: the old one, perhaps on a lost phone, must not work if two-factor is turned on again.
            await Check(users.ResetAuthenticatorKeyAsync(user)).ConfigureAwait(false);
            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            return [AuditEvent.Create(UserClaims.Actor(principal), AuditAction.TwoFactorDisabled, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after)];
        }, cancellationToken).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        return true;
    }

    /// <summary>The signed-in user; the role check repeats the page's, so the handler is safe on its own.</summary>
    private async Task<AppUser> CurrentAsync(ClaimsPrincipal principal)
    {
        if (!TwoFactorPolicy.Allowed(principal))
        {
            throw new UnauthorizedAccessException("Two-factor sign-in is only for administrators and leaders.");
        }

        return await users.GetUserAsync(principal).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The signed-in account no longer exists.");
    }

    private static async Task Check(Task<IdentityResult> operation)
    {
        var result = await operation.ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
