namespace QuyHoach.Web.Features.Dashboard;

/// <summary>What the overview shows a signed-in user: their unit, its province, and the size of their scope.</summary>
public sealed record DashboardView(string? OrganisationName, string? ProvinceName, int OrganisationsInScope);

/// <summary>
/// Builds the <see cref="DashboardView"/> for the user's scope organisation: the units in scope as OrganisationScope
/// answers it (the tree kept in memory per version), and one read of the names of the unit and the units above it.
/// </summary>
public sealed class DashboardHandler(QuyHoachDbContext db)
{
    public async Task<DashboardView> HandleAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        var units = await OrganisationScope.UnitsAsync(db, organisationId, cancellationToken).ConfigureAwait(false);
        if (organisationId is not { } id || units.Count == 0)
        {
            return new DashboardView(null, null, 0);
        }

        var tree = await OrganisationTree.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        var chain = new List<Guid> { id };
        while (tree.ParentOf(chain[^1]) is { } parent && !chain.Contains(parent))
        {
            chain.Add(parent);
        }

        var named = await db.Organisations.AsNoTracking().Where(o => chain.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Kind }).ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
        var province = chain.Select(named.GetValueOrDefault).FirstOrDefault(o => o?.Kind == OrganisationKind.Province);
        return new DashboardView(named.GetValueOrDefault(id)?.Name, province?.Name, units.Count);
    }
}
