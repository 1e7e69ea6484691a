namespace QuyHoach.Web.Features.Bodies;

/// <summary>Một lựa chọn của ô chọn cán bộ: the name, the unit and the current title tell two namesakes apart.</summary>
public sealed record CadreChoice(Guid Id, string FullName, string Unit, string? Title, int BirthYear);

/// <summary>
/// Chọn cán bộ: the cadres in the user's scope whose name, code or unit contains the typed text, diacritics ignored
/// ("nguyen thi" finds "Nguyễn Thị Ánh", "cong nghiep" finds the people of "Phòng Quản lý Công nghiệp"). The page's
/// plain search form and the search-as-you-type script ask the same query.
/// </summary>
public sealed class CadrePickerQuery(QuyHoachDbContext db)
{
    public const int MaxChoices = 20;
    public const int MinLength = 2;

    public async Task<IReadOnlyList<CadreChoice>> HandleAsync(UserAccess access, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var folded = VietnameseText.Fold(text);
        if (folded.Length < MinLength || folded.Length > 100)
        {
            return [];
        }

        var visible = access.OrganisationIds.ToList();
        var units = await db.Organisations.AsNoTracking().Where(o => visible.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var matchingUnits = units.Where(u => VietnameseText.Fold(u.Name).Contains(folded, StringComparison.Ordinal)).Select(u => u.Id).ToList();
        var pattern = "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var titles = CurrentAssignments.OpenTitles(db);
        var rows = await db.Cadres.AsNoTracking()
            .Where(c => visible.Contains(c.OrganisationId) && c.DiedOn == null)
            .Where(c => EF.Functions.Like(c.SearchName, pattern, "\\") || EF.Functions.ILike(c.Code, pattern, "\\") || matchingUnits.Contains(c.OrganisationId))
            .OrderBy(c => c.GivenName).ThenBy(c => c.FullName)
            .Take(MaxChoices)
            .Select(c => new
            {
                c.Id,
                c.FullName,
                c.OrganisationId,
                c.BirthYear,
                Title = titles.Where(t => t.CadreId == c.Id).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        return rows.Select(r => new CadreChoice(r.Id, r.FullName, names[r.OrganisationId], r.Title, r.BirthYear)).ToList();
    }
}
