namespace QuyHoach.Web.Features.Planning;

/// <summary>The claims QuyHoach adds to the sign-in cookie (full name, scope organisation, two-factor, temporary
/// password) and how they are read; written by the Account feature's AppClaimsFactory.</summary>
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
