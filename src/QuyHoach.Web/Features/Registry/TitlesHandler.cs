namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Chức danh the user may use: the titles of the organisations in scope and of the organisations above the scope
/// root (a division's cadres hold the department's titles).
/// </summary>
public sealed class TitlesHandler(QuyHoachDbContext db)
{
    public async Task<IReadOnlyList<TitleView>> HandleAsync(UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.CanRead || access.RootId is not { } root)
        {
            return [];
        }

        var parents = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken).ConfigureAwait(false);
        var usable = access.OrganisationIds.ToHashSet();
        for (Guid? up = parents.GetValueOrDefault(root); up is { } id; up = parents.GetValueOrDefault(id))
        {
            usable.Add(id);
        }

        var titles = await db.Titles.AsNoTracking().Include(t => t.SourceGroups).ThenInclude(g => g.Members)
            .Where(t => usable.Contains(t.OrganisationId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = titles.ToDictionary(t => t.Id, t => t.Name);
        return titles.OrderBy(t => t.OrganisationId == root ? 1 : 0).ThenByDescending(t => t.Rank).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => View(t, names)).ToList();
    }

    /// <summary>Tiêu chuẩn chức danh: the title's standards in Vietnamese, for the registry and for those who vote (R-PUB-1).</summary>
    public static StandardsView StandardsOf(Title t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new StandardsView(
            t.RequiredPoliticalTheory is { } llct ? RegistryLabels.Of(llct) : null,
            t.RequiredProfessional is { } pro ? RegistryLabels.Of(pro) + (t.ProfessionalMayFollow ? " (có thể hoàn thiện sau)" : "") : null,
            t.RequiredStateManagement is { } qlnn ? RegistryLabels.Of(qlnn) + (t.StateManagementMayFollow ? " (có thể hoàn thiện sau)" : "") : null,
            t.StandardsNote);
    }

    internal static TitleView View(Title t, IReadOnlyDictionary<Guid, string> names) => new(
        t.Id,
        t.Code,
        t.Name,
        t.OrganisationId,
        t.Rank,
        t.Level,
        t.Kind switch
        {
            PositionKind.Leadership => "Lãnh đạo, quản lý",
            PositionKind.CommitteeMembership => "Cấp ủy",
            PositionKind.Staff => "Không giữ chức vụ",
        },
        t.IsKeyLeadership,
        t.RegulatedSeats,
        StandardsOf(t),
        t.SourceGroups.OrderBy(g => g.Number)
            .Select(g => new SourceGroupView(g.Number, g.MinimumMonths, g.Members.Select(m => names.GetValueOrDefault(m.SourceTitleId, "")).ToList()))
            .ToList());
}
