namespace QuyHoach.Web.Features.Account;

/// <summary>One line of an account's history on its page.</summary>
public sealed record AccountHistoryLine(DateTimeOffset OccurredAt, string Action, string Actor);

/// <summary>How account events appear in the audit log, and an account's recent history.</summary>
public static class AccountAudit
{
    /// <summary><c>audit_events.entity_type</c> of every account and sign-in event; the entity id is the user id.</summary>
    public const string EntityType = "account";

    public static async Task<IReadOnlyList<AccountHistoryLine>> RecentAsync(QuyHoachDbContext db, Guid accountId, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = accountId.ToString();
        var events = await db.Set<AuditEvent>().AsNoTracking()
            .Where(e => e.EntityType == EntityType && e.EntityId == id)
            .OrderByDescending(e => e.Id)
            .Take(count)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return events.Select(e => new AccountHistoryLine(e.OccurredAt, e.Action.DisplayName, e.ActorName)).ToList();
    }
}
