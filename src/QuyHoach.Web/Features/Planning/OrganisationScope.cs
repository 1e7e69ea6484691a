using System.Collections.Frozen;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Phạm vi: the units an account sees are its own unit and every unit below it, at any depth (docs/security.md, "Ai
/// được xem gì"), with the units that succeeded them and the history of the units they succeeded (R-ORG-5). The one
/// place that answers it, read by the registry (<c>AccessResolver</c>) and by the planning handlers
/// (<see cref="RoundScope"/>) alike; the walk itself is <see cref="OrganisationTree.Below"/>'s, on the tree of the
/// database's current version (one read of a version row per call, the tree only when it changed).
/// </summary>
/// <remarks>
/// The root is the account's unit as the sign-in cookie carries it (<see cref="PlanningActor.OrganisationId"/>): every
/// request checks the account (AccountCheck) and rebuilds the cookie when the account's fingerprint, which includes its
/// unit, differs from the cookie's, so a changed scope applies at once; a changed tree too, since every change of it gives the tree a new version.
/// </remarks>
public static class OrganisationScope
{
    /// <summary>True when <paramref name="organisationId"/> is <paramref name="root"/> or below it; false without a root.</summary>
    public static async Task<bool> CoversAsync(QuyHoachDbContext db, Guid? root, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return root is { } id && (await OrganisationTree.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).Below(id).Contains(organisationId);
    }

    /// <summary>Each unit from <paramref name="root"/> down (the root included, none when it does not exist) with its parent.</summary>
    public static async Task<IReadOnlyList<(Guid Id, Guid? ParentId)>> UnitsAsync(QuyHoachDbContext db, Guid? root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await ScopeAsync(db, root, cancellationToken).ConfigureAwait(false)).Units;
    }

    /// <summary>
    /// As <see cref="UnitsAsync"/>, with whether those are every unit of the database (a national account: a list may
    /// then leave out its unit filter).
    /// </summary>
    public static async Task<UnitScope> ScopeAsync(QuyHoachDbContext db, Guid? root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return root is { } id ? (await OrganisationTree.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).ScopeOf(id) : UnitScope.Empty;
    }
}

/// <summary>
/// One root's scope at one version of the tree (<see cref="OrganisationTree.ScopeOf"/>): its units with their parents,
/// the same units as a set, each unit's children among them, and whether they are every unit of the database. Shared
/// by every request of that version: never changed.
/// </summary>
public sealed record UnitScope(IReadOnlyList<(Guid Id, Guid? ParentId)> Units, FrozenSet<Guid> Ids, ILookup<Guid, Guid> Children, bool EveryUnit)
{
    public static UnitScope Empty { get; } = new([], FrozenSet<Guid>.Empty, Array.Empty<Guid>().ToLookup(g => g), false);
}
