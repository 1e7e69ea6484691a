using QuyHoach.Documents.Decisions;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Trích ngang: what the plan's documents print of each cadre, read from the registry as it stood on a day (current
/// title, highest levels, the last three yearly ratings), grouped per title by rank, names in Vietnamese order.
/// </summary>
internal static class PlanPeople
{
    public static async Task<List<TitleGroup>> GroupsAsync(QuyHoachDbContext db, IReadOnlyCollection<(Guid TitleId, Guid CadreId)> lines, DateOnly asOf, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(db, lines.Select(l => l.CadreId).Distinct().ToList(), asOf, cancellationToken).ConfigureAwait(false);
        var titleIds = lines.Select(l => l.TitleId).Distinct().ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return titles.OrderBy(t => t.Rank).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new TitleGroup(t.Name, lines.Where(l => l.TitleId == t.Id).Select(l => people[l.CadreId]).OrderBy(p => p.FullName, PlanCodes.NameOrder).ToList()))
            .ToList();
    }

    public static async Task<Dictionary<Guid, PlannedPerson>> PeopleAsync(QuyHoachDbContext db, IReadOnlyCollection<Guid> cadreIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var cadres = await db.Cadres.AsNoTracking().AsSplitQuery().Include(c => c.Assignments).Include(c => c.Education).Include(c => c.PoliticalTheory)
            .Include(c => c.StateManagement).Include(c => c.Evaluations).Where(c => cadreIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var heldIds = cadres.SelectMany(c => c.Assignments).Select(a => a.TitleId).Distinct().ToList();
        var titleNames = await db.Titles.Where(t => heldIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        return cadres.ToDictionary(c => c.Id, c =>
        {
            var held = CurrentAssignments.On(c.Assignments, asOf);
            var education = c.Education.MaxBy(e => e.Level);
            var theory = c.PoliticalTheory.Where(p => !p.Studying).MaxBy(p => p.Level);
            var state = c.StateManagement.MaxBy(s => s.Level);
            var ratings = FactsOnDate.Ratings(c.Evaluations.Select(e => new YearRating(e.Year, e.Rating)), asOf).OrderByDescending(e => e.Year).Take(3).OrderBy(e => e.Year)
                .Select(e => $"{e.Year}: {RegistryLabels.Of(e.Rating)}");
            return new PlannedPerson(
                c.FullName, c.Birth, c.Sex, c.Ethnicity ?? "", c.Hometown ?? "", c.PartyJoinedOn,
                held is null ? "" : titleNames[held.TitleId],
                education is null ? "" : RegistryLabels.Of(education.Level) + (education.Field is { Length: > 0 } field ? " " + field : ""),
                theory is null ? "" : RegistryLabels.Of(theory.Level),
                state is null ? "" : RegistryLabels.Of(state.Level),
                string.Join("; ", ratings),
                ScienceTechnology: c.ScienceTechnology);
        });
    }
}
