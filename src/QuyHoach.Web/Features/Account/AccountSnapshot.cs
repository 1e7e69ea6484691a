namespace QuyHoach.Web.Features.Account;

/// <summary>
/// An account as the audit log records it before and after a change: never the password hash, the security stamp
/// or the authenticator key.
/// </summary>
public sealed record AccountSnapshot(
    string UserName,
    string FullName,
    IReadOnlyList<string> Roles,
    Guid? OrganisationId,
    string? OrganisationName,
    bool SignInDisabled,
    DateTimeOffset? LockedUntil,
    int FailedAttempts,
    bool TwoFactor,
    bool MustRenewCredentials)
{
    public static async Task<AccountSnapshot> TakeAsync(QuyHoachDbContext db, UserManager<AppUser> users, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var roles = (await users.GetRolesAsync(user).ConfigureAwait(false)).Order(StringComparer.Ordinal).ToList();
        var organisation = user.OrganisationId is { } id
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync().ConfigureAwait(false)
            : null;
        return new AccountSnapshot(
            user.UserName ?? "",
            user.FullName,
            roles,
            user.OrganisationId,
            organisation,
            AccountState.IsDisabled(user),
            AccountState.IsDisabled(user) ? null : user.LockoutEnd,
            user.AccessFailedCount,
            user.TwoFactorEnabled,
            user.MustChangePassword);
    }
}
