namespace QuyHoach.Web.Features.Registry;

/// <summary>An organisation for a select list; <see cref="Depth"/> 0 is the scope root.</summary>
public sealed record OrganisationOption(Guid Id, string Name, int Depth);

/// <summary>The choices of the list filters and the cadre form: the units in scope and the usable titles.</summary>
public sealed record RegistryOptions(IReadOnlyList<OrganisationOption> Organisations, IReadOnlyList<TitleView> Titles);

/// <summary>Builds <see cref="RegistryOptions"/> for the user's scope.</summary>
public sealed class RegistryOptionsHandler(QuyHoachDbContext db, TitlesHandler titles)
{
    public async Task<RegistryOptions> HandleAsync(UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var ids = access.OrganisationIds.ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Code, o.ParentId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byParent = organisations.ToLookup(o => o.ParentId);
        var options = new List<OrganisationOption>();
        void Visit(Guid id, string name, int depth)
        {
            options.Add(new OrganisationOption(id, name, depth));
            foreach (var child in byParent[id].OrderBy(o => o.Code, StringComparer.Ordinal))
            {
                Visit(child.Id, child.Name, depth + 1);
            }
        }

        if (organisations.Find(o => o.Id == access.RootId) is { } root)
        {
            Visit(root.Id, root.Name, 0);
        }

        return new RegistryOptions(options, await titles.HandleAsync(access, cancellationToken).ConfigureAwait(false));
    }
}
