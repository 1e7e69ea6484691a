using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Features.Account;

/// <summary>The claims QuyHoach adds to the sign-in cookie: full name and scope organisation.</summary>
public static class UserClaims
{
    public const string FullName = "qh:full_name";
    public const string OrganisationId = "qh:organisation";

    /// <summary>Present when the account has two-factor sign-in on (TwoFactorPolicy requires it of some roles).</summary>
    public const string TwoFactor = "qh:two_factor";

    /// <summary>Present while the account must replace a temporary password set by an administrator.</summary>
    public const string MustChangePassword = "qh:must_change_password";

    /// <summary>The Vietnamese names of the user's roles, comma-separated.</summary>
    public static string RoleNames(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.Join(", ", user.FindAll(ClaimTypes.Role).Select(c => AppRoles.DisplayName(c.Value)));
    }

    /// <summary>The signed-in user as the audit log names them.</summary>
    public static AuditActor Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var value) ? value : (Guid?)null;
        return new AuditActor(id, user.Identity?.Name ?? "");
    }

    /// <summary>The scope organisation of the signed-in user, when it has one.</summary>
    public static Guid? Organisation(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirst(OrganisationId)?.Value, out var id) ? id : null;
}

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

        // The cookie is rebuilt from the account on every request (AuthSetup: security stamp checked each time), so
        // these follow the account as soon as it changes.
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(UserClaims.TwoFactor, "1"));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(UserClaims.MustChangePassword, "1"));
        }

        return identity;
    }
}
