namespace QuyHoach.Web.Features.Security;

/// <summary>
/// Turns two-factor sign-in on with a key chosen in advance instead of one the user scanned: for the demo accounts
/// (whose key the README prints) and for test accounts. Never reachable from a page.
/// </summary>
public static class FixedAuthenticatorKey
{
    public static async Task<IdentityResult> EnableAsync(UserManager<AppUser> users, IUserStore<AppUser> store, AppUser user, string base32Key)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        if (store is not IUserAuthenticatorKeyStore<AppUser> keys)
        {
            throw new InvalidOperationException("The user store keeps no authenticator keys.");
        }

        await keys.SetAuthenticatorKeyAsync(user, base32Key, CancellationToken.None).ConfigureAwait(false);
        return await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
    }
}
