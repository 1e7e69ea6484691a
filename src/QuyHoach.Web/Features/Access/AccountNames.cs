using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;

namespace QuyHoach.Web.Features.Access;

/// <summary>
/// Accounts by the people's names: a page shows "Phạm Minh Đức", never the login name "kiemphieu" (the API keeps
/// login names, which scripts use).
/// </summary>
public sealed class AccountNames(QuyHoachDbContext db)
{
    /// <summary>The full names of <paramref name="userNames"/>, sorted the Vietnamese way (given name first); an unknown login is skipped.</summary>
    public async Task<IReadOnlyList<string>> FullNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userNames);
        if (userNames.Count == 0)
        {
            return [];
        }

        var names = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!)).Select(u => u.FullName).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. names.Order(Shell.VietnameseNames.Order)];
    }
}
