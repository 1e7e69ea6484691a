namespace QuyHoach.Web.Features.Registry;

/// <summary>Tập thể: one body of an organisation in scope with its current members; null when it is out of scope.</summary>
public sealed class BodyHandler(QuyHoachDbContext db)
{
    public async Task<BodyView?> HandleAsync(UserAccess access, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var bodies = await LoadAsync(db, access, [id], today, cancellationToken).ConfigureAwait(false);
        return bodies.SingleOrDefault();
    }

    /// <summary>The bodies among <paramref name="ids"/> that the user sees, in the given order, heads first.</summary>
    internal static async Task<IReadOnlyList<BodyView>> LoadAsync(QuyHoachDbContext db, UserAccess access, IReadOnlyList<Guid> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var visible = access.OrganisationIds.ToList();
        var bodies = await db.Bodies.AsNoTracking()
            .Where(b => ids.Contains(b.Id) && visible.Contains(b.OrganisationId))
            .Select(b => new
            {
                b.Id,
                b.Code,
                b.Name,
                b.Kind,
                b.OrganisationId,
                b.RegulatedSize,
                Members = b.Members.Where(m => m.From <= today && (m.To == null || m.To >= today))
                    .Join(db.Cadres, m => m.CadreId, c => c.Id, (m, c) => new { m.CadreId, c.FullName, c.GivenName, c.OrganisationId, m.Position, m.IsHead, m.From })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return bodies.OrderBy(b => ids.ToList().IndexOf(b.Id))
            .Select(b => new BodyView(
                b.Id,
                b.Code,
                b.Name,
                RegistryLabels.Of(b.Kind),
                b.OrganisationId,
                b.RegulatedSize,
                b.Members.OrderByDescending(m => m.IsHead).ThenBy(m => m.From).ThenBy(m => m.FullName, Shell.VietnameseNames.Collation)
                    .Select(m => new BodyMemberView(m.CadreId, m.FullName, m.Position, m.IsHead, m.From, access.Sees(m.OrganisationId)))
                    .ToList()))
            .ToList();
    }
}
