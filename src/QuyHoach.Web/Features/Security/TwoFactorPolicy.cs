namespace QuyHoach.Web.Features.Security;

/// <summary>
/// Xác thực hai lớp is for administrators and approvers (C10): the roles that can change accounts or approve. It is
/// required of them (docs/security.md): until it is on, <see cref="AccountGates"/> opens only the set-up page.
/// </summary>
public static class TwoFactorPolicy
{
    /// <summary>For <c>[Authorize(Roles = …)]</c>.</summary>
    public const string Roles = AppRoles.Admin + "," + AppRoles.Leader;

    public static bool Allowed(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Leader);
    }
}
