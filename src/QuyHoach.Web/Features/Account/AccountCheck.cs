using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace QuyHoach.Web.Features.Account;

/// <summary>
/// Kiểm tra đăng nhập mỗi yêu cầu (docs/security.md): the sign-in cookie's check on every request, in one statement
/// that reads the account's security stamp, the columns of its <see cref="AccountFingerprint"/> and the unit tree's
/// version. A stamp other than the cookie's (sign-out, a password change or reset, two-factor changed), a disabled
/// account or none ends the session; a fingerprint other than the cookie's rebuilds the principal from the account,
/// so roles, unit, two-factor and the temporary-password flag follow the account from the next request on, even when
/// changed in the database alone. Identity's own check (SecurityStampValidator) read the account, then its roles and
/// every role again, on every request.
/// </summary>
internal static class AccountCheck
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        if (!Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            await EndAsync(context, services).ConfigureAwait(false);
            return;
        }

        var db = services.GetRequiredService<QuyHoachDbContext>();
        var cancellationToken = context.HttpContext.RequestAborted;
        var account = (await db.Database.SqlQuery<AccountColumns>($"""
            SELECT v.token AS "TreeVersion", u.id AS "Id", u.security_stamp AS "SecurityStamp", u.lockout_end AS "LockoutEnd",
                   u.user_name AS "UserName", u.email AS "Email", u.full_name AS "FullName", u.organisation_id AS "OrganisationId",
                   u.two_factor_enabled AS "TwoFactorEnabled", u.must_change_password AS "MustChangePassword",
                   ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id) AS "Roles"
            FROM organisation_tree_version v
            LEFT JOIN users u ON u.id = {id}
            """).ToListAsync(cancellationToken).ConfigureAwait(false)).Single();

        // A GET or HEAD does not change the tree: its scope is this version's, with no read of its own.
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            OrganisationTree.UseVersionFor(db, account.TreeVersion);
        }

        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (account.Id is null || account.SecurityStamp is null || account.SecurityStamp != principal!.FindFirstValue(stampType)
            || AccountState.IsDisabled(account.LockoutEnd))
        {
            await EndAsync(context, services).ConfigureAwait(false);
            return;
        }

        var fingerprint = AccountFingerprint.Of(account.UserName, account.Email, account.FullName ?? "", account.OrganisationId,
            account.TwoFactorEnabled is true, account.MustChangePassword is true, account.Roles ?? []);
        if (principal.FindFirstValue(AccountFingerprint.ClaimType) == fingerprint)
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(id.ToString()).ConfigureAwait(false) is not { } user)
        {
            await EndAsync(context, services).ConfigureAwait(false);
            return;
        }

        context.ReplacePrincipal(await services.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync(user).ConfigureAwait(false));
        context.ShouldRenew = true;
    }

    /// <summary>As Identity's own check does: no principal for this request, and every sign-in cookie deleted.</summary>
    private static async Task EndAsync(CookieValidatePrincipalContext context, IServiceProvider services)
    {
        context.RejectPrincipal();
        await services.GetRequiredService<SignInManager<AppUser>>().SignOutAsync().ConfigureAwait(false);
    }

    /// <summary>The row of the check: the tree's version, and the account's columns (null when there is no such account).</summary>
    private sealed class AccountColumns
    {
        public Guid TreeVersion { get; init; }

        public Guid? Id { get; init; }

        public string? SecurityStamp { get; init; }

        public DateTimeOffset? LockoutEnd { get; init; }

        public string? UserName { get; init; }

        public string? Email { get; init; }

        public string? FullName { get; init; }

        public Guid? OrganisationId { get; init; }

        public bool? TwoFactorEnabled { get; init; }

        public bool? MustChangePassword { get; init; }

        public string[]? Roles { get; init; }
    }
}
