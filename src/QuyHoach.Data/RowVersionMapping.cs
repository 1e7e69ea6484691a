using System.Linq.Expressions;

namespace QuyHoach.Data;

/// <summary>
/// Phiên bản bản ghi: an entity edited under optimistic concurrency carries PostgreSQL's <c>xmin</c> of its row (a
/// system column: no migration), new after every write. An edit carries the value it read, and saving over a newer
/// row is refused (the Web's RowVersion) instead of overwriting the other change silently.
/// </summary>
public static class RowVersionMapping
{
    /// <summary>Maps <paramref name="version"/> to <c>xmin</c> as the entity's row version.</summary>
    public static EntityTypeBuilder<T> HasRowVersion<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, uint>> version)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        return builder;
    }
}
