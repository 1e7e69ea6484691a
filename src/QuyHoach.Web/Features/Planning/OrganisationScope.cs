namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Phạm vi: the units an account sees are its own unit and every unit below it, at any depth (docs/security.md, "Ai
/// được xem gì"), with the units that succeeded them and the history of the units they succeeded (R-ORG-5). The one place that walks <c>organisations.parent_id</c>: one recursive query, read by the registry
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

    // Forward (back = false): a unit's children, and the successors of a unit that ended by a merger, split or rename
    // (R-ORG-5: the users of the old unit see what was carried where it now belongs). Backward (back = true): the
    // predecessors of a unit and their children, history only, never their other successors (a split's siblings).
    private static IQueryable<Guid> IdsBelow(QuyHoachDbContext db, Guid root) => db.Database.SqlQuery<Guid>($"""
        WITH RECURSIVE scope AS (
            SELECT id, false AS back FROM organisations WHERE id = {root}
            UNION
            SELECT n.id, n.back FROM scope s CROSS JOIN LATERAL (
                SELECT o.id, s.back FROM organisations o WHERE o.parent_id = s.id
                UNION ALL
                SELECT u.organisation_id, false FROM unit_event_units p
                JOIN unit_event_units u ON u.event_id = p.event_id AND NOT u.is_predecessor
                WHERE p.organisation_id = s.id AND p.is_predecessor AND NOT s.back
                UNION ALL
                SELECT p.organisation_id, true FROM unit_event_units u
                JOIN unit_event_units p ON p.event_id = u.event_id AND p.is_predecessor
                WHERE u.organisation_id = s.id AND NOT u.is_predecessor) n)
        SELECT DISTINCT id AS "Value" FROM scope
        """);
}
