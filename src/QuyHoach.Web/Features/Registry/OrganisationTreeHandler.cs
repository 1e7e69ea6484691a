namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Cây tổ chức trong phạm vi: each organisation the user sees, depth first from the scope root, with its titles and
/// its bodies' current members (membership without an end date, or ending today or later).
/// </summary>
public sealed class OrganisationTreeHandler(QuyHoachDbContext db)
{
    public async Task<IReadOnlyList<OrganisationNode>> HandleAsync(UserAccess access, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var ids = access.OrganisationIds.ToList();
        if (ids.Count == 0 || access.RootId is not { } root)
        {
            return [];
        }

        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var titles = await db.Titles.AsNoTracking().Include(t => t.SourceGroups).ThenInclude(g => g.Members)
            .Where(t => ids.Contains(t.OrganisationId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sourceIds = titles.SelectMany(t => t.SourceGroups).SelectMany(g => g.Members).Select(m => m.SourceTitleId).ToList();
        var names = await db.Titles.AsNoTracking().Where(t => sourceIds.Contains(t.Id) || ids.Contains(t.OrganisationId))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var bodyIds = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.OrganisationId)).OrderBy(b => b.Code).Select(b => b.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var bodies = await BodyHandler.LoadAsync(db, access, bodyIds, today, cancellationToken).ConfigureAwait(false);

        var byParent = organisations.ToLookup(o => o.ParentId);
        var result = new List<OrganisationNode>();
        void Visit(Data.Organisations.Organisation organisation, int depth)
        {
            result.Add(new OrganisationNode(
                organisation.Id,
                organisation.Code,
                organisation.Name,
                organisation.ParentId,
                depth,
                titles.Where(t => t.OrganisationId == organisation.Id).OrderByDescending(t => t.Rank).Select(t => TitlesHandler.View(t, names)).ToList(),
                bodies.Where(b => b.OrganisationId == organisation.Id).ToList()));
            foreach (var child in byParent[organisation.Id].OrderBy(o => o.Code, StringComparer.Ordinal))
            {
                Visit(child, depth + 1);
            }
        }

        if (organisations.Find(o => o.Id == root) is { } top)
        {
            Visit(top, 0);
        }

        return result;
    }
}
