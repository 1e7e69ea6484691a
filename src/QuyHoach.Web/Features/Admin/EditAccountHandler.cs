using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>Everything the account page shows: the account, its state and its recent history.</summary>
public sealed record AccountDetails(
    AccountSnapshot Account,
    bool TemporarilyLocked,
    string Version,
    IReadOnlyList<AccountHistoryLine> History);

/// <summary>Loads one account for its administration page.</summary>
public sealed class EditAccountHandler(QuyHoachDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<AccountDetails?> HandleAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(accountId.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return null;
        }

        var snapshot = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
        var history = await AccountAudit.RecentAsync(db, accountId, 10, cancellationToken).ConfigureAwait(false);
        return new AccountDetails(snapshot, AccountState.IsTemporarilyLocked(user.LockoutEnd, clock.GetUtcNow()), user.ConcurrencyStamp ?? "", history);
    }
}
