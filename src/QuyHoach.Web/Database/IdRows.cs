namespace QuyHoach.Web.Database;

/// <summary>
/// Ids as the rows of a subquery (<c>unnest</c>), for a filter on thousands of them. Written as <c>= ANY(@ids)</c>,
/// PostgreSQL estimates every element one by one while planning: 12 ms for the 4,455 units of a province's scope,
/// against 0.25 ms for the subquery, which it joins by hash.
/// </summary>
public static class IdRows
{
    public static IQueryable<Guid> Of(DbContext db, IEnumerable<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(db);
        var array = ids.ToArray();
        return db.Database.SqlQuery<Guid>($"SELECT unnest({array}) AS \"Value\"");
    }
}
