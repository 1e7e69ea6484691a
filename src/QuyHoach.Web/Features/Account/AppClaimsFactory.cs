using Microsoft.Extensions.Options;

namespace QuyHoach.Web.Features.Account;

/// <summary>Adds <see cref="UserClaims"/> to the principal Identity builds at sign-in.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(UserClaims.FullName, user.FullName));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(UserClaims.OrganisationId, organisation.ToString()));
        }

        // The cookie is rebuilt from the account whenever its fingerprint changes (AccountCheck, on every request), so
        // these follow the account as soon as it changes.
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(UserClaims.TwoFactor, "1"));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(UserClaims.MustChangePassword, "1"));
        }

        var roles = identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value);
        identity.AddClaim(new Claim(AccountFingerprint.ClaimType, AccountFingerprint.Of(user, roles)));
        return identity;
    }
}
