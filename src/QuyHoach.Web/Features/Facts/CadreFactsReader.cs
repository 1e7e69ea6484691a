using QuyHoach.Domain.Age;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Features.Facts;

/// <summary>
/// Thông tin cán bộ tại một ngày: the one reader of the registry into the facts the eligibility rules take
/// (architecture: load, then decide), for the profile, the source list, the plan-member review, the plan and its
/// approval; the quality report reads only the qualifications (ReadQualificationsAsync), folded by the same code. Histories are read as they stood on the day (FactsOnDate: ratings of the years before its year, conclusions
/// and discipline decisions dated on or before it, annulled discipline dropped); levels are the highest completed
/// (đang học is reported apart, R-STD-2), a level dated by its certificate counting from that day; death and transfer count from their dates; the plans holding that day are
/// the cadre's active plans (R-PRI-5/6, R-EFF-1/2). Every cadre of a batch in a fixed number of queries.
/// </summary>
public static class CadreFactsReader
{
    /// <summary>The cadres of <paramref name="cadreIds"/> as of <paramref name="asOf"/>, by id (missing ids are absent).</summary>
    public static async Task<IReadOnlyDictionary<Guid, CadreOnDate>> ReadAsync(
        QuyHoachDbContext db, IReadOnlyCollection<Guid> cadreIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cadreIds);
        var ids = cadreIds.Distinct().ToList();
        var cadres = await db.Cadres.AsNoTracking().AsSplitQuery()
            .Include(c => c.Assignments).Include(c => c.Education).Include(c => c.PoliticalTheory).Include(c => c.StateManagement)
            .Include(c => c.Evaluations).Include(c => c.Disciplines).Include(c => c.PoliticalStandardConclusions)
            .Where(c => ids.Contains(c.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var assignments = cadres.ToDictionary(c => c.Id, c => CurrentAssignments.On(c.Assignments, asOf));
        // A source from elsewhere (R-OTH-1) holds no title of the unit: screening takes the title its post is equivalent to.
        var unassigned = assignments.Where(a => a.Value is null).Select(a => a.Key).ToList();
        var equivalents = unassigned.Count == 0
            ? []
            : await db.ExternalSources.AsNoTracking().Where(x => unassigned.Contains(x.CadreId))
                .ToDictionaryAsync(x => x.CadreId, x => x.EquivalentTitleId, cancellationToken).ConfigureAwait(false);
        var titleIds = assignments.Values.OfType<Assignment>().Select(a => a.TitleId).Concat(equivalents.Values).Distinct().ToList();
        var titles = await db.Titles.AsNoTracking().Where(t => titleIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var plans = await ActivePlansAsync(db, ids, asOf, cancellationToken).ConfigureAwait(false);
        return cadres.ToDictionary(c => c.Id, c =>
        {
            var assignment = assignments[c.Id];
            var title = assignment is null ? null : titles[assignment.TitleId];
            var held = title ?? (equivalents.TryGetValue(c.Id, out var equivalent) ? titles[equivalent] : null);
            return new CadreOnDate(Facts(c, held, plans[c.Id].ToList(), asOf), assignment, title);
        });
    }

    /// <summary>
    /// The qualifications of the cadres of <paramref name="cadreIds"/> as of <paramref name="asOf"/>: only the five
    /// histories they are read from, only the columns read, and the same reading of them as the full facts
    /// (<see cref="Qualifications"/>), for a report that counts levels and ratings of thousands of cadres.
    /// </summary>
    /// <param name="cadreIds">Cadres the caller has just read from the registry (the report's snapshot): each gets its
    /// qualifications without being looked up again (an id of no cadre would read as one without any history). The
    /// histories are read by these ids alone, so what is read depends on nothing but the five histories: a change to who
    /// holds a title changes the ids, not the reading of the same ids (QualityReader keeps the facts by the people).
    /// As "= ANY" of 32,000 ids each statement costs about 20 ms of planning and 25 ms of a hashed scan at province size,
    /// no more than the subquery of the scope's holders it replaced (40–87 ms, evaluated again in each statement).</param>
    /// <param name="ratingsFrom">When set, only the ratings of that year and later are read (the quality report shows
    /// the last three years: a quarter of the evaluations at province size are older); the levels and conclusions are
    /// always read in full, as the highest or latest on the day may be of any year.</param>
    public static async Task<IReadOnlyDictionary<Guid, CadreQualifications>> ReadQualificationsAsync(
        QuyHoachDbContext db, IReadOnlyCollection<Guid> cadreIds, DateOnly asOf, CancellationToken cancellationToken, int? ratingsFrom = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cadreIds);
        var ids = cadreIds.Distinct().ToList();
        // Each history read from its own table (no join back to cadres, no ordering), only the columns read, as values
        // grouped by cadre as they arrive (no object per row and no list of all rows: about 1.7 million rows for the
        // 300,000 incumbents of the national registry, whose lists the garbage collector kept as large-object space).
        var education = await ByCadre(db.Set<EducationRecord>().Where(e => ids.Contains(e.CadreId))
            .Select(e => new Row<ProfessionalLevel>(e.CadreId, e.Level, e.CompletedOn)), e => e.CadreId, e => (e.Level, e.CompletedOn), cancellationToken).ConfigureAwait(false);
        var theory = await ByCadre(db.Set<PoliticalTheoryRecord>().Where(p => ids.Contains(p.CadreId))
            .Select(p => new TheoryRow(p.CadreId, p.Level, p.Studying, p.CompletedOn)), p => p.CadreId, p => (p.Level, p.Studying, p.CompletedOn), cancellationToken).ConfigureAwait(false);
        var management = await ByCadre(db.Set<StateManagementRecord>().Where(m => ids.Contains(m.CadreId))
            .Select(m => new Row<StateManagementLevel>(m.CadreId, m.Level, m.CompletedOn)), m => m.CadreId, m => (m.Level, m.CompletedOn), cancellationToken).ConfigureAwait(false);
        var from = ratingsFrom ?? int.MinValue;
        var evaluations = await ByCadre(db.Set<EvaluationRecord>().Where(e => ids.Contains(e.CadreId) && e.Year >= from)
            .Select(e => new RatingRow(e.CadreId, e.Year, e.Rating)), e => e.CadreId, e => (e.Year, e.Rating), cancellationToken).ConfigureAwait(false);
        var conclusions = await ByCadre(db.Set<PoliticalStandardConclusion>().Where(x => ids.Contains(x.CadreId))
            .Select(x => new ConclusionRow(x.CadreId, x.ConcludedOn, x.Met)), x => x.CadreId, x => (x.ConcludedOn, x.Met), cancellationToken).ConfigureAwait(false);
        // Folded straight from the lookups: no Cadre and no copy of its five lists for each of 32,000 cadres.
        return ids.ToDictionary(id => id, id => Qualifications(education[id], theory[id], management[id], evaluations[id], conclusions[id], asOf));
    }

    /// <summary>One cadre as of <paramref name="asOf"/>, or null when it does not exist.</summary>
    public static async Task<CadreOnDate?> ReadAsync(QuyHoachDbContext db, Guid cadreId, DateOnly asOf, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [cadreId], asOf, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(cadreId);

    /// <summary>A discipline decision as the Domain's rules take it.</summary>
    public static DisciplineRecord Discipline(DisciplineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DisciplineRecord(entry.Authority, entry.Form, entry.EffectiveOn, entry.ComplaintPending, entry.ComplaintDecidedOn, entry.NewViolation, entry.IsCollective);
    }

    private static CadreFacts Facts(Cadre cadre, Title? currentTitle, IReadOnlyList<ActivePlan> plans, DateOnly asOf)
    {
        var q = Qualifications(
            cadre.Education.Select(e => (e.Level, e.CompletedOn)), cadre.PoliticalTheory.Select(p => (p.Level, p.Studying, p.CompletedOn)),
            cadre.StateManagement.Select(m => (m.Level, m.CompletedOn)), cadre.Evaluations.Select(e => (e.Year, e.Rating)),
            cadre.PoliticalStandardConclusions.Select(c => (c.ConcludedOn, c.Met)), asOf);
        return new(
            cadre.Id.ToString(),
            cadre.Sex,
            cadre.Birth,
            currentTitle is null ? null : new HeldTitle(currentTitle.Id.ToString(), currentTitle.Rank),
            q.PoliticalTheory,
            q.StudyingPoliticalTheory,
            q.Professional,
            q.StateManagement,
            q.Ratings,
            cadre.Disciplines.Where(d => !d.Annulled && FactsOnDate.Known(d.DecidedOn, asOf)).Select(Discipline).ToList(),
            ViolationStatus.None,
            q.PoliticalStandard,
            cadre.DiedOn is { } died && died <= asOf,
            cadre.TransferredOutOn is { } moved && moved <= asOf,
            plans,
            cadre.RetirementAgeOverrideMonths is { } months ? new AgeInMonths(months) : null);
    }

    /// <summary>The one reading of a cadre's levels, ratings and political-standard conclusion on a day, for the full facts
    /// and the qualifications alike, from the columns read of each history (level and date; year and rating; date and outcome).</summary>
    private static CadreQualifications Qualifications(
        IEnumerable<(ProfessionalLevel Level, DateOnly? CompletedOn)> education,
        IEnumerable<(PoliticalTheoryLevel Level, bool Studying, DateOnly? CompletedOn)> theory,
        IEnumerable<(StateManagementLevel Level, DateOnly? CompletedOn)> management,
        IEnumerable<(int Year, Rating Rating)> evaluations,
        IEnumerable<(DateOnly ConcludedOn, bool Met)> conclusions,
        DateOnly asOf) => new(
        theory.Where(p => !p.Studying && FactsOnDate.Known(p.CompletedOn, asOf)).Select(p => p.Level).DefaultIfEmpty(PoliticalTheoryLevel.None).Max(),
        theory.Where(p => p.Studying).Select(p => (PoliticalTheoryLevel?)p.Level).Max(),
        education.Where(e => FactsOnDate.Known(e.CompletedOn, asOf)).Select(e => e.Level).DefaultIfEmpty(ProfessionalLevel.None).Max(),
        management.Where(s => FactsOnDate.Known(s.CompletedOn, asOf)).Select(s => s.Level).DefaultIfEmpty(StateManagementLevel.None).Max(),
        FactsOnDate.Ratings(evaluations.Select(e => new YearRating(e.Year, e.Rating)), asOf),
        FactsOnDate.Standard(conclusions.Select(c => new DatedConclusion(c.ConcludedOn, c.Met)), asOf));

    /// <summary>The rows of <paramref name="rows"/> (values, never tracked) grouped by cadre as they arrive.</summary>
    private static ValueTask<ILookup<Guid, T>> ByCadre<TRow, T>(IQueryable<TRow> rows, Func<TRow, Guid> cadre, Func<TRow, T> value, CancellationToken cancellationToken) =>
        rows.AsAsyncEnumerable().ToLookupAsync(cadre, value, cancellationToken: cancellationToken);

    // The columns read of each history for the qualifications, one value per row (ReadQualificationsAsync).
    private readonly record struct Row<TLevel>(Guid CadreId, TLevel Level, DateOnly? CompletedOn);

    private readonly record struct TheoryRow(Guid CadreId, PoliticalTheoryLevel Level, bool Studying, DateOnly? CompletedOn);

    private readonly record struct RatingRow(Guid CadreId, int Year, Rating Rating);

    private readonly record struct ConclusionRow(Guid CadreId, DateOnly ConcludedOn, bool Met);

    /// <summary>The approved plans holding on <paramref name="asOf"/> of each cadre (R-PRI-5/6 and duplicates; R-EFF-1/2).</summary>
    private static async Task<ILookup<Guid, ActivePlan>> ActivePlansAsync(QuyHoachDbContext db, List<Guid> cadreIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var held = await PlanQueries.HeldOnAsync(db, asOf, q => q.Where(e => cadreIds.Contains(e.CadreId)), cancellationToken).ConfigureAwait(false);
        return held.ToLookup(h => h.Entry.CadreId, h => new ActivePlan(
            h.Title.Id.ToString(), h.Title.Level, TitleKinds.Of(h.Title.Kind), TermTracks.KindOf(h.Term, h.Title.TermTrack, asOf)));
    }
}

/// <summary>
/// Trình độ và xếp loại của cán bộ tại một ngày: the part of <see cref="CadreFacts"/> the quality report counts (highest
/// completed levels, political theory being studied, ratings of the years before the day's year, the political-standard
/// conclusion), read by CadreFactsReader exactly as the full facts are (R-STD-2, R-EV-PL2).
/// </summary>
public sealed record CadreQualifications(
    PoliticalTheoryLevel PoliticalTheory,
    PoliticalTheoryLevel? StudyingPoliticalTheory,
    ProfessionalLevel Professional,
    StateManagementLevel StateManagement,
    IReadOnlyList<YearRating> Ratings,
    PoliticalStandard PoliticalStandard);
