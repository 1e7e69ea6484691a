namespace QuyHoach.Web.Features.Facts;

/// <summary>Chức danh quy hoạch: a registry title as the eligibility rules take it, with its standards and source
/// groups (per-group minimum months included, R-AGE-3).</summary>
public static class PlannedTitles
{
    /// <summary>The titles of <paramref name="titleIds"/> with their source groups, by id.</summary>
    public static async Task<Dictionary<Guid, Title>> LoadAsync(QuyHoachDbContext db, IReadOnlyCollection<Guid> titleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Titles.AsNoTracking().Include(t => t.SourceGroups).ThenInclude(g => g.Members)
            .Where(t => titleIds.Contains(t.Id)).AsSplitQuery()
            .ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The planned title of <paramref name="titleId"/>.</summary>
    public static async Task<PlannedTitle> LoadAsync(QuyHoachDbContext db, Guid titleId, CancellationToken cancellationToken) =>
        Of((await LoadAsync(db, [titleId], cancellationToken).ConfigureAwait(false))[titleId]);

    /// <summary>The planned title of <paramref name="title"/> (its source groups loaded).</summary>
    public static PlannedTitle Of(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new PlannedTitle(
            title.Id.ToString(),
            title.Name,
            title.Rank,
            title.Level,
            TitleKinds.Of(title.Kind),
            new TitleStandards(
                title.RequiredPoliticalTheory,
                title.RequiredProfessional is { } pro ? new RequiredLevel<ProfessionalLevel>(pro, title.ProfessionalMayFollow) : null,
                title.RequiredStateManagement is { } qlnn ? new RequiredLevel<StateManagementLevel>(qlnn, title.StateManagementMayFollow) : null),
            title.SourceGroups.OrderBy(g => g.Number)
                .Select(g => new SourceGroup(g.Number, g.Members.Select(m => m.SourceTitleId.ToString()).ToList(), g.MinimumMonths))
                .ToList(),
            title.IsKeyLeadership);
    }
}
