using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// Tập thể trong phạm vi: the bodies of the organisations the user sees, and one body with its members as of a date
/// and its whole history. A body outside the scope is not found, exactly like one that does not exist.
/// </summary>
public sealed class BodyQueries(QuyHoachDbContext db)
{
    private static readonly StringComparer VietnameseOrder = Shell.VietnameseNames.Collation;

    public async Task<IReadOnlyList<BodySummary>> ListAsync(UserAccess access, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var visible = access.OrganisationIds.ToList();
        var rows = await db.Bodies.AsNoTracking()
            .Where(b => visible.Contains(b.OrganisationId))
            .Join(db.Organisations, b => b.OrganisationId, o => o.Id, (b, o) => new
            {
                b.Id,
                b.Name,
                b.Kind,
                b.OrganisationId,
                OrganisationName = o.Name,
                b.RegulatedSize,
                Current = b.Members.Count(m => m.From <= asOf && (m.To == null || m.To >= asOf)),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.OrganisationName, VietnameseOrder).ThenBy(r => r.Name, VietnameseOrder)
            .Select(r => new BodySummary(r.Id, r.Name, RegistryLabels.Of(r.Kind), r.OrganisationName, r.RegulatedSize, r.Current, access.MayChange(r.OrganisationId)))
            .ToList();
    }

    public async Task<BodyDetail?> GetAsync(UserAccess access, Guid id, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == id)
            .Join(db.Organisations, b => b.OrganisationId, o => o.Id, (b, o) => new { b.Id, b.Name, b.Kind, b.OrganisationId, OrganisationName = o.Name, b.RegulatedSize })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (body is null || !access.Sees(body.OrganisationId))
        {
            return null;
        }

        var seats = await (
            from m in db.Set<Data.Registry.BodyMembership>()
            join c in db.Cadres on m.CadreId equals c.Id
            join o in db.Organisations on c.OrganisationId equals o.Id
            where m.BodyId == id
            select new MembershipView(m.Id, m.CadreId, c.FullName, o.Name, m.Position, m.IsHead, m.From, m.To))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = seats.OrderByDescending(s => s.IsHead).ThenBy(s => s.From).ThenBy(s => s.FullName, Shell.VietnameseNames.Order).ToList();
        var current = history.Where(s => s.From <= asOf && (s.To is null || s.To >= asOf)).ToList();
        return new BodyDetail(
            body.Id, body.Name, RegistryLabels.Of(body.Kind), BodyKinds.CodeOf(body.Kind), body.OrganisationId, body.OrganisationName, body.RegulatedSize,
            access.MayChange(body.OrganisationId), asOf, current, history);
    }

    /// <summary>The organisations in which the user may create a body, in tree order of their names.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> EditableOrganisationsAsync(UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var visible = access.OrganisationIds.ToList();
        var rows = await db.Organisations.AsNoTracking().Where(o => visible.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Where(o => access.MayChange(o.Id)).OrderBy(o => o.Name, VietnameseOrder).Select(o => (o.Id, o.Name)).ToList();
    }
}
