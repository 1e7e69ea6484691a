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

    /// <summary>
    /// Each of <paramref name="userNames"/> with its account's full name, for a page that names who entered or corrected
    /// something; a login without an account (none in practice) is shown as it is rather than dropped.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ByLoginAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userNames);
        var known = userNames.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!)).Select(u => new { u.UserName, u.FullName }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = known.ToDictionary(u => u.UserName!, u => u.FullName, StringComparer.Ordinal);
        foreach (var login in userNames)
        {
            names.TryAdd(login, login);
        }

        return names;
    }
}
