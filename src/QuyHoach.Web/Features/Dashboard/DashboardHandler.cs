using QuyHoach.Data.Organisations;

namespace QuyHoach.Web.Features.Dashboard;

/// <summary>What the overview shows a signed-in user: their unit, its province, and the size of their scope.</summary>
public sealed record DashboardView(string? OrganisationName, string? ProvinceName, int OrganisationsInScope);

/// <summary>Builds the <see cref="DashboardView"/> for the user's scope organisation.</summary>
public sealed class DashboardHandler(QuyHoachDbContext db)
{
    public async Task<DashboardView> HandleAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        if (organisationId is null)
        {
            return new DashboardView(null, null, 0);
        }

        var all = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.Kind, o.ParentId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = all.ToDictionary(o => o.Id);
        if (!byId.TryGetValue(organisationId.Value, out var own))
        {
            return new DashboardView(null, null, 0);
        }

        var province = own;
        while (province.Kind != OrganisationKind.Province && province.ParentId is { } parent && byId.TryGetValue(parent, out var up))
        {
            province = up;
        }

        // Children looked up, not scanned: a national tree has thousands of units.
        var children = all.ToLookup(o => o.ParentId);
        var inScope = 1;
        var frontier = new Queue<Guid>([own.Id]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                inScope++;
                frontier.Enqueue(child.Id);
            }
        }

        return new DashboardView(own.Name, province.Kind == OrganisationKind.Province ? province.Name : null, inScope);
    }
}
