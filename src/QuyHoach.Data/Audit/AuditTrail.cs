namespace QuyHoach.Data.Audit;

/// <summary>
/// Ghi nhật ký: the one way to write audit events. An event is written in the same transaction as the change it
/// describes, so there is never a change without its event, nor an event for a change that was rolled back.
/// </summary>
public static class AuditTrail
{
    /// <summary>
    /// Adds <paramref name="auditEvent"/> to the context: the caller's next <c>SaveChanges</c> writes it together
    /// with the change (SaveChanges runs in one transaction).
    /// </summary>
    public static AuditEvent Record(QuyHoachDbContext db, AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(auditEvent);
        db.Set<AuditEvent>().Add(auditEvent);
        return auditEvent;
    }

    /// <summary>
    /// For operations that save on their own (Identity's UserManager and SignInManager use the same context): runs
    /// <paramref name="change"/> in a transaction; when it returns events, writes them and commits; when it returns
    /// none (refused, bad input, nothing to change) or throws, rolls everything back.
    /// </summary>
    /// <returns>The events written; empty when nothing changed.</returns>
    public static async Task<IReadOnlyList<AuditEvent>> RecordAsync(
        QuyHoachDbContext db,
        Func<CancellationToken, Task<IReadOnlyList<AuditEvent>>> change,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var events = await change(cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);

            // What the context tracked now describes rows that no longer exist.
            db.ChangeTracker.Clear();
            return events;
        }

        foreach (var auditEvent in events)
        {
            Record(db, auditEvent);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return events;
    }
}
