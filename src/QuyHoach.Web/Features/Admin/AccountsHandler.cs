using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>One account as the administrator sees it.</summary>
public sealed record AccountRow(Guid Id, string UserName, string FullName, string Roles, string? Organisation, string Status, bool TwoFactor);

/// <summary>An organisation offered as an account's scope.</summary>
public sealed record OrganisationOption(Guid Id, string Name);

/// <summary>Lists every account with its roles and scope, and the organisations a scope can be (administrators only).</summary>
public sealed class AccountsHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (
            from user in db.Users.AsNoTracking()
            join organisation in db.Organisations on user.OrganisationId equals organisation.Id into scope
            from organisation in scope.DefaultIfEmpty()
            select new
            {
                user.Id,
                user.UserName,
                user.FullName,
                Organisation = organisation == null ? null : organisation.Name,
                user.LockoutEnd,
                user.TwoFactorEnabled,
                Roles = (from link in db.UserRoles
                         join role in db.Roles on link.RoleId equals role.Id
                         where link.UserId == user.Id
                         select role.Name).ToList(),
            }).ToListAsync(cancellationToken).ConfigureAwait(false);

        return rows
            .Select(r => new AccountRow(
                r.Id,
                r.UserName ?? "",
                r.FullName,
                // In a fixed order (by role code): PostgreSQL returns the joined roles in no set order, and the list
                // showed "Kiểm tra, Tổ kiểm phiếu" or the reverse from one request to the next.
                string.Join(", ", r.Roles.Order(StringComparer.Ordinal).Select(code => AppRoles.DisplayName(code ?? ""))),
                r.Organisation,
                AccountState.Describe(r.LockoutEnd, now),
                r.TwoFactorEnabled))
            .OrderBy(r => r.UserName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<OrganisationOption>> OrganisationsAsync(CancellationToken cancellationToken)
    {
        var list = await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationOption(o.Id, o.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return list.OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();
    }
}
