namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Phạm vi: the units an account sees are its own unit and every unit below it, at any depth (docs/security.md, "Ai
/// được xem gì"). The one place that walks <c>organisations.parent_id</c>: one recursive query, read by the registry
/// (<c>AccessResolver</c>) and by the planning handlers (<see cref="RoundScope"/>) alike.
/// </summary>
/// <remarks>
/// The root is the account's unit as the sign-in cookie carries it (<see cref="PlanningActor.OrganisationId"/>): Identity
/// rebuilds the cookie from the account on every request (AuthSetup checks the security stamp each time), so a changed
/// scope applies at once. <c>UNION</c> (not <c>UNION ALL</c>) ends the walk even if parent links ever formed a loop.
/// </remarks>
public static class OrganisationScope
{
    /// <summary>True when <paramref name="organisationId"/> is <paramref name="root"/> or below it; false without a root.</summary>
    public static Task<bool> CoversAsync(QuyHoachDbContext db, Guid? root, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return root is { } id ? IdsBelow(db, id).AnyAsync(unit => unit == organisationId, cancellationToken) : Task.FromResult(false);
    }

    /// <summary>Each unit from <paramref name="root"/> down (the root included, none when it does not exist) with its parent.</summary>
    public static async Task<IReadOnlyList<(Guid Id, Guid? ParentId)>> UnitsAsync(QuyHoachDbContext db, Guid? root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (root is not { } id)
        {
            return [];
        }

        var ids = IdsBelow(db, id);
        var units = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.ParentId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return units.Select(u => (u.Id, u.ParentId)).ToList();
    }

    private static IQueryable<Guid> IdsBelow(QuyHoachDbContext db, Guid root) => db.Database.SqlQuery<Guid>($"""
        WITH RECURSIVE scope AS (
            SELECT id FROM organisations WHERE id = {root}
            UNION
            SELECT o.id FROM organisations o JOIN scope s ON o.parent_id = s.id)
        SELECT id AS "Value" FROM scope
        """);
}
