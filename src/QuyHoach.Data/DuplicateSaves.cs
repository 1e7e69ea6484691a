using Npgsql;

namespace QuyHoach.Data;

/// <summary>
/// Gửi trùng: a write that a database unique index protects from a double submit (the same request sent twice, or
/// two requests racing past the same check). The index refuses the second save; the caller then reads back the row
/// the first one wrote instead of failing.
/// </summary>
public static class DuplicateSaves
{
    /// <summary>
    /// Saves the changes; when a unique index refuses them, forgets every unsaved change and answers false, so the
    /// caller can read the row that won. Any other failure propagates.
    /// </summary>
    public static async Task<bool> SaveUnlessDuplicateAsync(this DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
