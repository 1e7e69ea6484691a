namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// Chức danh hiện tại và đơn vị: how a page names a person beside the full name ("Phó trưởng phòng và tương đương,
/// Phòng Quản lý Năng lượng"), so that two namesakes are told apart without showing an internal code. The current
/// title is the one of the assignment without an end (CurrentAssignments.OpenTitles, as every list reads it).
/// </summary>
public static class CadrePosts
{
    /// <summary>The post of each cadre among <paramref name="cadreIds"/> (cadres that do not exist are left out).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(QuyHoachDbContext db, IEnumerable<Guid> cadreIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = cadreIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var titles = CurrentAssignments.OpenTitles(db);
        var rows = await db.Cadres.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new
            {
                c.Id,
                Unit = o.Name,
                Title = titles.Where(t => t.CadreId == c.Id).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => Label(r.Title, r.Unit));
    }

    /// <summary>"Title, Unit", or the unit alone for a cadre without a current title.</summary>
    public static string Label(string? title, string unit) => title is null ? unit : $"{title}, {unit}";
}
