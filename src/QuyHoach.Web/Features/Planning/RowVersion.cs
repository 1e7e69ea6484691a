using System.Linq.Expressions;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Optimistic concurrency on PostgreSQL's <c>xmin</c> (the entity's <c>Version</c>, mapped as row version): the client
/// sends back the version it read; an edit of a record changed since then is refused with the one stale message
/// (StaleRecord) instead of silently overwriting the other change. A request without a version keeps working as before.
/// </summary>
public static class RowVersion
{
    public static Refusal Stale { get; } = new(StatusCodes.Status409Conflict, "Xung đột dữ liệu", StaleRecord.Message);

    /// <summary>The version as the API and the pages carry it.</summary>
    public static string Text(uint version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Null when the edit may go on: no version was sent, or it is the one just loaded; the UPDATE then also compares
    /// <c>xmin</c> with it, so a change committed in between still fails (see <see cref="SaveAsync"/>).
    /// </summary>
    public static Refusal? Check<T>(DbContext db, T entity, Expression<Func<T, uint>> version, string? read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(read))
        {
            return null;
        }

        if (!uint.TryParse(read.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return Refusal.BadInput("Phiên bản bản ghi không hợp lệ; hãy tải lại trang.");
        }

        var property = db.Entry(entity).Property(version);
        if (property.CurrentValue != value)
        {
            return Stale;
        }

        property.OriginalValue = value;
        return null;
    }

    /// <summary>SaveChanges, or the stale refusal when a row version no longer matches (nothing written).</summary>
    public static async Task<Refusal?> SaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale;
        }
    }
}
