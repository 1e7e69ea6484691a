using QuyHoach.Documents.Exports;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Danh sách cán bộ: the cadres of the user's scope, filtered, in Vietnamese name order (given name, then the whole
/// name, with the <c>vi-VN-x-icu</c> collation of the columns), 25 to a page. The search is folded like
/// <c>search_name</c>, so it ignores diacritics and uses the trigram index. Read through <see cref="ReadOnlyDb"/>: a
/// standby can serve it (<c>ConnectionStrings__QuyHoachReadOnly</c>).
/// </summary>
public sealed class CadreListHandler(ReadOnlyDb readOnly)
{
    private readonly QuyHoachDbContext db = readOnly.Context;

    public async Task<CadreListPage> HandleAsync(UserAccess access, CadreListQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        if (InScope(access, query) is not { } inScope)
        {
            return new CadreListPage([], 0, query.Page, CadreListQuery.PageSize);
        }

        var cadres = Filter(inScope, query, today);
        // The first matches in the list's order, once: their number is the total (up to the limit), and the first 40
        // pages are cut from them. PostgreSQL chooses how to find them: a broad search walks the name-order index
        // (ix_cadres_name_order carries the search and scope columns, so the walk never visits the table) and stops at
        // the 1,001st match, a narrow one takes its matches whole by the trigram index and sorts them. Before, the
        // count took the first matches in any order and the page was a second search (a walk, or the matches read
        // again by id and sorted): at 1,000,000 cadres the twelve searches of bench/search.lua cost 91 ms of
        // PostgreSQL one after another, 67 ms this way, and a statement less per request.
        var first = await InNameOrder(cadres).Select(c => c.Id).Take(CadreListPage.CountLimit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counted = first.Count;
        var total = Math.Min(counted, CadreListPage.CountLimit);
        var skip = (query.Page - 1) * CadreListQuery.PageSize;
        var pageIds = counted <= CadreListPage.CountLimit || skip + CadreListQuery.PageSize <= counted
            ? first.Skip(skip).Take(CadreListQuery.PageSize).ToList()
            : await InNameOrder(cadres).Skip(skip).Take(CadreListQuery.PageSize).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var titles = Facts.CurrentAssignments.OpenTitles(db);
        var rows = await InNameOrder(db.Cadres.AsNoTracking().Where(c => pageIds.Contains(c.Id)))
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.FullName,
                c.Sex,
                c.BirthYear,
                c.BirthMonth,
                c.BirthDay,
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Title = titles.Where(t => t.CadreId == c.Id).Select(t => t.Name).FirstOrDefault(),
                // A scalar subquery per row of the page; projecting an object here makes EF rank the whole evaluation
                // table with a window function, which costs tens of milliseconds at 100,000 cadres.
                Latest = c.Evaluations.OrderByDescending(e => e.Year).Select(e => (Rating?)e.Rating).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Completed political-theory levels of this page only (a collection in the projection would re-run the filter).
        var ids = rows.Select(r => r.Id).ToList();
        var theories = (await db.Set<PoliticalTheoryRecord>().AsNoTracking().Where(p => ids.Contains(p.CadreId) && !p.Studying)
            .Select(p => new { p.CadreId, p.Level }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(p => p.CadreId, p => p.Level);
        var now = YearMonth.Of(today);
        var items = rows.Select(r =>
        {
            var birth = new PartialDate(r.BirthYear, r.BirthMonth, r.BirthDay);
            var theory = theories[r.Id].DefaultIfEmpty(PoliticalTheoryLevel.None).Max();
            return new CadreListItem(
                r.Id, r.Code, r.FullName, RegistryLabels.Of(r.Sex), birth.ToString(), now.MonthsSince(birth.AgeMonth) / 12,
                r.Organisation ?? "", r.Title, RegistryLabels.Of(theory), r.Latest is null ? null : RegistryLabels.Of(r.Latest.Value));
        }).ToList();
        return new CadreListPage(items, total, query.Page, CadreListQuery.PageSize, counted > CadreListPage.CountLimit);
    }

    /// <summary>Every cadre the list shows for <paramref name="query"/> (all pages), as the Excel export's rows.</summary>
    public async Task<IReadOnlyList<CadreListRow>> ExportAsync(UserAccess access, CadreListQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        var titles = Facts.CurrentAssignments.OpenTitles(db);
        var rows = await InNameOrder(Filter(InScope(access, query) ?? db.Cadres.Where(c => false), query, today))
            .Select(c => new
            {
                c.Code,
                c.FullName,
                c.Sex,
                c.BirthYear,
                c.BirthMonth,
                c.BirthDay,
                c.Ethnicity,
                c.PersonalIdNumber,
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Title = titles.Where(t => t.CadreId == c.Id).Select(t => t.Name).FirstOrDefault(),
                Theories = c.PoliticalTheory.Select(p => new { p.Level, p.Studying }).ToList(),
                Management = c.StateManagement.OrderByDescending(m => m.Year).Select(m => (StateManagementLevel?)m.Level).FirstOrDefault(),
                LatestRating = c.Evaluations.OrderByDescending(e => e.Year).Select(e => (Rating?)e.Rating).FirstOrDefault(),
                LatestYear = c.Evaluations.OrderByDescending(e => e.Year).Select(e => (int?)e.Year).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r =>
        {
            var done = r.Theories.Where(p => !p.Studying).Select(p => p.Level).DefaultIfEmpty(PoliticalTheoryLevel.None).Max();
            return new CadreListRow(
                r.Code, r.FullName, r.Sex, new PartialDate(r.BirthYear, r.BirthMonth, r.BirthDay), r.Ethnicity, r.Organisation, r.Title,
                done, r.Theories.Any(p => p.Studying), r.Management, r.LatestRating, r.LatestYear, r.PersonalIdNumber);
        }).ToList();
    }

    /// <summary>
    /// The cadres of the user's scope, or of the chosen unit and below; null when that is nothing. A national account
    /// (<see cref="UserAccess.SeesEveryUnit"/>) listing everything gets no unit filter: planning <c>organisation_id =
    /// ANY(…)</c> with the 4,400 units of a national registry cost 30–45 ms a query (EXPLAIN, bench/national.sh).
    /// </summary>
    private IQueryable<Cadre>? InScope(UserAccess access, CadreListQuery query)
    {
        if (query.OrganisationId is null && access.SeesEveryUnit)
        {
            return db.Cadres.AsNoTracking();
        }

        var organisations = (query.OrganisationId is { } root ? access.Subtree(root) : access.OrganisationIds).ToList();
        return organisations.Count == 0 ? null : db.Cadres.AsNoTracking().Where(c => organisations.Contains(c.OrganisationId));
    }

    /// <summary>The list's one order: given name, then the whole name (Vietnamese collation of the columns), then the code.</summary>
    private static IOrderedQueryable<Cadre> InNameOrder(IQueryable<Cadre> cadres) =>
        cadres.OrderBy(c => c.GivenName).ThenBy(c => c.FullName).ThenBy(c => c.Code);

    private static IQueryable<Cadre> Filter(IQueryable<Cadre> cadres, CadreListQuery query, DateOnly today)
    {
        if (query.FoldedSearch.Length > 0)
        {
            var pattern = "%" + query.FoldedSearch.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            // search_name is already folded to lower case: LIKE is exact and much cheaper than ILIKE, and keeps the
            // planner on the trigram index. Codes are matched too only when the input looks like one (a digit or a hyphen):
            // the OR would otherwise push the planner to a full scan.
            // Twelve digits are a personal identification number (R-PIN-1): found exactly, on its unique index.
            var number = Domain.Identification.PersonalIdNumber.Normalise(query.FoldedSearch);
            cadres = number is { Length: Domain.Identification.PersonalIdNumber.Length } && number.All(char.IsAsciiDigit)
                ? cadres.Where(c => c.PersonalIdNumber == number || EF.Functions.ILike(c.Code, pattern, "\\"))
                : query.FoldedSearch.Any(c => char.IsAsciiDigit(c) || c == '-')
                ? cadres.Where(c => EF.Functions.Like(c.SearchName, pattern, "\\") || EF.Functions.ILike(c.Code, pattern, "\\"))
                : cadres.Where(c => EF.Functions.Like(c.SearchName, pattern, "\\"));
        }

        if (query.MissingPersonalIdNumber)
        {
            cadres = cadres.Where(c => c.PersonalIdNumber == null);
        }

        if (query.TitleId is { } title)
        {
            cadres = cadres.Where(c => c.Assignments.Any(a => a.To == null && a.TitleId == title));
        }

        if (query.Sex is { } sex)
        {
            cadres = cadres.Where(c => c.Sex == sex);
        }

        if (query.AgeBand is { } band)
        {
            var (from, to) = band.BirthIndexRange(today);
            cadres = cadres.Where(c => (c.BirthYear * 12) + (c.BirthMonth ?? 1) - 1 >= from && (c.BirthYear * 12) + (c.BirthMonth ?? 1) - 1 <= to);
        }

        if (query.PoliticalTheory is { } level)
        {
            // The highest level completed (đang học does not count yet, R-STD-2).
            var higher = Enum.GetValues<PoliticalTheoryLevel>().Where(l => l > level).ToList();
            cadres = level == PoliticalTheoryLevel.None
                ? cadres.Where(c => !c.PoliticalTheory.Any(p => !p.Studying && p.Level != PoliticalTheoryLevel.None))
                : cadres.Where(c => c.PoliticalTheory.Any(p => !p.Studying && p.Level == level) && !c.PoliticalTheory.Any(p => !p.Studying && higher.Contains(p.Level)));
        }

        if (query.Rating is { } rating)
        {
            cadres = cadres.Where(c => c.Evaluations.Any(e => e.Rating == rating && !c.Evaluations.Any(later => later.Year > e.Year)));
        }

        return cadres;
    }
}
