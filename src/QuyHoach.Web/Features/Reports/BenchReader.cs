using System.Linq.Expressions;
using System.Runtime.InteropServices;
using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Age;
using QuyHoach.Domain.Time;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// Reads the <see cref="BenchSnapshot"/> of a selection in a fixed number of queries: the held title is
/// CurrentAssignments' reading, the plan is PlanQueries' entries holding that day (R-EFF-1/2), the first appointable
/// day is AppointmentWaitRule under the rule set of the entry's round as PlanQuery reads it (R-PRI-8), and the
/// retirement month is RetirementRule (R-AGE-4, with a personal age when recorded). Only approved plans and the
/// registry are read: no ballot count ever reaches a report (R-DISC-1). Read through <see cref="ReadOnlyDb"/>; only the
/// cadres holding a title of the scope that day (or an open assignment, CurrentAssignments' fallback) or planned are loaded.
/// The incumbents part is read here; the plan part by <see cref="BenchPlanReader"/>.
/// </summary>
public sealed class BenchReader(ReadOnlyDb readOnly, ReportCache cache)
{
    /// <param name="keep">True: each part (incumbents, plan) is taken from ReportCache while its own tables are
    /// unchanged, so a change to the plan reads the plan again and not the 29,504 incumbents of a province, and a change
    /// to the registry the reverse. False (a list behind a figure): both are read.</param>
    public async Task<BenchSnapshot> ReadAsync(ReportSelection selection, CancellationToken cancellationToken, IncumbentsRead? read = null, bool keep = false)
    {
        ArgumentNullException.ThrowIfNull(selection);
        read ??= IncumbentsRead.All;
        // The two parts at once, each on its own connection: they do not depend on each other (the plan reads the
        // scope's titles itself), and after a change to the registry both are read.
        var db = readOnly.Context;
        await using var second = readOnly.Another();
        // A change to who holds what (assignments, cadres: recorded cadre by cadre, migration 0041) reads only the cadres
        // it changed into the kept parts (ReportCache's patch): one edited record no longer reads the 292,592 incumbents
        // of the national scope again (ADR 0028).
        // A change to other tables (titles, rounds and their targets, units) reads the titles and targets again and keeps
        // who holds what when the scope's titles are the same ones (its refresh).
        var incumbentsRead = cache.GetAsync(db, PartKey(selection, $"bench-incumbents:{read.Key}"), () => IncumbentsAsync(db, selection, read, cancellationToken), keep, cancellationToken,
            (kept, cadres) => PatchIncumbentsAsync(db, selection, read, kept, cadres, cancellationToken),
            kept => IncumbentsAsync(db, selection, read, cancellationToken, kept));
        // A change to the plan alone reads the plan's entries again and takes their cadres' records from the kept part
        // (only the cadres newly planned are read): at national size 32,650 records (about 330 ms of PostgreSQL). A change
        // to the registry alone reads the records of the planned cadres it changed, and keeps the entries.
        var planRead = cache.GetAsync(second.Context, PartKey(selection, "bench-plan"), () => BenchPlanReader.ReadAsync(second.Context, selection, cancellationToken), keep, cancellationToken,
            (kept, cadres) => BenchPlanReader.PatchAsync(second.Context, selection, kept, cadres, cancellationToken),
            kept => BenchPlanReader.ReadAsync(second.Context, selection, cancellationToken, kept.People));
        await Task.WhenAll(incumbentsRead, planRead).ConfigureAwait(false);
        var (incumbents, plan) = (await incumbentsRead.ConfigureAwait(false), await planRead.ConfigureAwait(false));
        var byId = incumbents.Titles.ToDictionary(t => t.Id);
        // Both parts read the scope's titles; a title removed between the two reads has no line (the next request reads again).
        // An entry whose cadre is not present that day (dead, transferred out) has no record, and no line.
        var planned = plan.Entries.Where(e => byId.ContainsKey(e.TitleId) && plan.People.ContainsKey(e.CadreId))
            .Select(e => new BenchPlanLine(plan.People[e.CadreId], byId[e.TitleId], e.EffectiveFrom, e.AppointableFrom)).ToList();
        return new BenchSnapshot(selection, plan.RuleSet, incumbents.Titles, incumbents.Counts, incumbents.People, incumbents.Holders, planned);
    }

    /// <summary>The key of a part of <paramref name="selection"/>'s snapshot (or of what is read from it, QualityReader): a part
    /// does not depend on who reads it (the selection's units are the chosen unit and below), so no root.</summary>
    internal static ReportKey PartKey(ReportSelection selection, string part) => new(Guid.Empty, selection.UnitId, selection.AsOf, part);

    /// <summary>
    /// The scope's leadership titles with their targets, and their incumbents as <paramref name="read"/> asks. Given
    /// <paramref name="kept"/> (read when the assignments and cadres were as they are now), its incumbents are taken as
    /// they are when the scope holds the same titles: who holds what depends only on those tables and on which titles
    /// are counted; otherwise they are read again.
    /// </summary>
    private static async Task<BenchIncumbents> IncumbentsAsync(QuyHoachDbContext db, ReportSelection selection, IncumbentsRead read, CancellationToken cancellationToken, BenchIncumbents? kept = null)
    {
        var asOf = selection.AsOf;
        var order = selection.Units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i);
        var titles = await TitlesOf(db, selection)
            .Select(t => new { t.Id, t.Name, t.OrganisationId, t.Level, t.TermTrack, t.IsKeyLeadership, t.RegulatedSeats, t.Rank })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var titleIds = titles.Select(t => t.Id).ToList();
        var targets = await TargetsAsync(db, titleIds, asOf, cancellationToken).ConfigureAwait(false);
        var benchTitles = titles.OrderBy(t => order[t.OrganisationId]).ThenByDescending(t => t.Rank)
            .Select(t => new BenchTitle(t.Id, t.Name, t.OrganisationId, t.Level, t.TermTrack, t.IsKeyLeadership, t.RegulatedSeats, targets.TryGetValue(t.Id, out var q) ? q : null))
            .ToList();

        if (kept is not null && kept.Titles.Select(t => t.Id).ToHashSet().SetEquals(titleIds))
        {
            return kept with { Titles = benchTitles };
        }

        var (people, holding) = await HoldersAsync(db, titleIds, asOf, read, null, cancellationToken, kept?.Holders?.Count ?? 0).ConfigureAwait(false);
        return new BenchIncumbents(benchTitles, CountsOf(holding), people, holding);
    }

    /// <summary>
    /// <paramref name="kept"/> with the cadres of <paramref name="cadres"/> read again (their holding, and their records
    /// when the people are kept), every incumbent when null: the titles and targets are kept, since only cadres and
    /// assignments changed.
    /// </summary>
    private static async Task<BenchIncumbents> PatchIncumbentsAsync(QuyHoachDbContext db, ReportSelection selection, IncumbentsRead read, BenchIncumbents kept, IReadOnlyList<Guid>? cadres, CancellationToken cancellationToken)
    {
        if (!read.Any)
        {
            return kept;
        }

        if (cadres is null)
        {
            var (everyone, everyHolding) = await HoldersAsync(db, [.. kept.Titles.Select(t => t.Id)], selection.AsOf, read, null, cancellationToken, kept.Holders?.Count ?? 0).ConfigureAwait(false);
            return new BenchIncumbents(kept.Titles, CountsOf(everyHolding), everyone, everyHolding);
        }

        var changed = cadres.ToHashSet();
        var (people, holding) = await HoldersAsync(db, [.. kept.Titles.Select(t => t.Id)], selection.AsOf, read, [.. cadres], cancellationToken).ConfigureAwait(false);
        // Gathered at its size: grown from empty, the national list of 292,592 left about 24 MB behind it each patch.
        var holders = new List<BenchHolder>(kept.Holders!.Count + holding!.Count);
        holders.AddRange(kept.Holders.Where(h => !changed.Contains(h.Id)));
        holders.AddRange(holding);
        var persons = people is null ? null : kept.People!.Where(p => !changed.Contains(p.Id)).Concat(people).ToList();
        return new BenchIncumbents(kept.Titles, CountsOf(holders), persons, holders);
    }

    /// <summary>
    /// The incumbents of <paramref name="titleIds"/> on the day as <paramref name="read"/> asks (none, or each one's
    /// holding, with their records when it asks for people), only those of <paramref name="only"/> when given.
    /// </summary>
    /// <param name="expected">About how many holders there are (those of the part read before), 0 when unknown: the
    /// holders are gathered at that size rather than grown to it.</param>
    private static async Task<(List<BenchPerson>? People, List<BenchHolder>? Holding)> HoldersAsync(
        QuyHoachDbContext db, List<Guid> titleIds, DateOnly asOf, IncumbentsRead read, List<Guid>? only, CancellationToken cancellationToken, int expected = 0)
    {
        if (!read.Any)
        {
            return (null, null);
        }

        // The holders (of a title of the scope that day, CurrentAssignments' fallback included) stay a subquery: their
        // ids (29,504 at province size) never travel to the app and back. Read one by one when a list asks
        // (IncumbentsRead.People), otherwise as who holds which title and retires when (no name): the counts are
        // counted from them, and a change to some cadres replaces only theirs.
        var holders = HoldersOf(db, titleIds, asOf, read);
        if (only is not null)
        {
            // One lookup per id (IdRows): a patch may bring 100,011 of them at national size (ReportCache.Patched).
            var changed = IdRows.Of(db, only);
            holders = holders.Where(id => changed.Contains(id));
        }

        var scope = titleIds.ToHashSet();
        if (read.People)
        {
            var people = (await PeopleAsync(db, Retiring(db.Cadres.AsNoTracking(), read).Where(c => holders.Contains(c.Id)), asOf, cancellationToken).ConfigureAwait(false))
                .Where(p => Counted(scope, read, p.HeldTitleId, p.RetirementMonth)).ToList();
            return (people, people.ConvertAll(p => new BenchHolder(p.Id, p.HeldTitleId!.Value, p.RetirementMonth)));
        }

        return (null, await HoldingAsync(db, holders, scope, asOf, read, expected, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The incumbents by title and retirement month, counted from each one's holding.</summary>
    /// <remarks>Counted in one dictionary: a GroupBy kept a list of each group's holders (292,592 at national size) only to count them.</remarks>
    private static List<IncumbentCount> CountsOf(List<BenchHolder>? holding)
    {
        if (holding is null)
        {
            return [];
        }

        var counts = new Dictionary<(Guid, YearMonth), int>();
        foreach (var h in holding)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, (h.TitleId, h.RetirementMonth), out _)++;
        }

        return [.. counts.Select(c => new IncumbentCount(c.Key.Item1, c.Key.Item2, c.Value))];
    }

    internal static IQueryable<Title> TitlesOf(QuyHoachDbContext db, ReportSelection selection)
    {
        var unitRows = IdRows.Of(db, selection.Units.ToList());
        return db.Titles.AsNoTracking().Where(t => unitRows.Contains(t.OrganisationId) && t.Kind == PositionKind.Leadership);
    }

    /// <summary>
    /// The cadres holding a title of <paramref name="titleIds"/> on the day (or an open assignment, CurrentAssignments'
    /// fallback), none when <paramref name="read"/> asks for none (its RetiringBefore is applied to the cadres read with
    /// them, <see cref="Retiring"/>).
    /// </summary>
    private static IQueryable<Guid> HoldersOf(QuyHoachDbContext db, List<Guid> titleIds, DateOnly asOf, IncumbentsRead read) =>
        db.Set<Assignment>().AsNoTracking().Where(a => read.Any && titleIds.Contains(a.TitleId) && (a.To == null || (a.From <= asOf && a.To >= asOf)))
            .Select(a => a.CadreId).Distinct();

    /// <summary>
    /// <paramref name="cadres"/>, with <paramref name="read"/>'s RetiringBefore only those born on or before the last
    /// birth month that retires before it (IncumbentsRead.LastBirths, from RetirementRule) or with a personal retirement
    /// age. On the cadres read, not inside the holders' subquery: PostgreSQL then finds them by birth month
    /// (ix_cadres_retirement_inputs) and looks each up once (the home page's 2,648 of a province: 48 → 38 ms).
    /// </summary>
    private static IQueryable<Cadre> Retiring(IQueryable<Cadre> cadres, IncumbentsRead read)
    {
        if (read.RetiringBefore is not { } horizon)
        {
            return cadres;
        }

        var (men, women) = IncumbentsRead.LastBirths(horizon);
        return cadres.Where(c => c.RetirementAgeOverrideMonths != null
            || (c.Sex == Sex.Male && (c.BirthYear * 12) + (c.BirthMonth ?? 1) - 1 <= men)
            || (c.Sex == Sex.Female && (c.BirthYear * 12) + (c.BirthMonth ?? 1) - 1 <= women));
    }

    /// <summary>
    /// Each incumbent of the scope on the day with the title it holds and its retirement month: the candidates of the
    /// holders present that day (CurrentAssignments.MayBeHeldOn), each cadre's held one kept as they arrive
    /// (CurrentAssignments.KeepHeld), one row per candidate (nearly always one per cadre) and no sort in the database.
    /// </summary>
    private static async Task<List<BenchHolder>> HoldingAsync(QuyHoachDbContext db, IQueryable<Guid> holders, HashSet<Guid> scope, DateOnly asOf, IncumbentsRead read, int expected, CancellationToken cancellationToken)
    {
        // The sex as a flag: a string per row (292,592 at national size) read only to be converted to the enum. Each row a
        // struct, not an object: 27 MB a national read less for the collector.
        var rows = db.Set<Assignment>().AsNoTracking().Where(CurrentAssignments.MayBeHeldOn(asOf)).Where(a => holders.Contains(a.CadreId))
            .Join(Retiring(db.Cadres.AsNoTracking(), read).Where(Present(asOf)), a => a.CadreId, c => c.Id, (a, c) => new CandidateRow(c.Id, a.TitleId, a.From, a.To, c.Sex == Sex.Male, c.BirthYear, c.BirthMonth, c.RetirementAgeOverrideMonths))
            .AsAsyncEnumerable();
        // Taken as they arrive: no list of every row beside the holders kept; an Assignment is made only for a cadre with
        // a second candidate, to rank the two.
        var months = new RetirementMonths();
        var held = new Dictionary<Guid, HeldRow>(expected);
        await foreach (var r in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var month = months.Of(r.Male ? Sex.Male : Sex.Female, new PartialDate(r.BirthYear, r.BirthMonth, null).AgeMonth, r.RetirementAgeOverrideMonths);
            CurrentAssignments.KeepHeld(held, r.Id, new HeldRow(r.TitleId, r.From, r.To, month), h => h.Assignment, asOf);
        }

        var holding = new List<BenchHolder>(held.Count);
        foreach (var (id, r) in held)
        {
            if (Counted(scope, read, r.TitleId, r.RetirementMonth))
            {
                holding.Add(new BenchHolder(id, r.TitleId, r.RetirementMonth));
            }
        }

        return holding;
    }

    /// <summary>A candidate assignment of a holder as read, with the cadre's columns its retirement month is computed from.</summary>
    private readonly record struct CandidateRow(Guid Id, Guid TitleId, DateOnly From, DateOnly? To, bool Male, int BirthYear, int? BirthMonth, int? RetirementAgeOverrideMonths);

    /// <summary>A candidate assignment of a holder, with the cadre's retirement month.</summary>
    private readonly record struct HeldRow(Guid TitleId, DateOnly From, DateOnly? To, YearMonth RetirementMonth)
    {
        public Assignment Assignment => new() { TitleId = TitleId, From = From, To = To };
    }

    /// <summary>
    /// The cadres of <paramref name="cadres"/> present on the day, only the columns a report counts, with the title each
    /// holds: read with their candidates (CurrentAssignments.MayBeHeldOn) in one statement, a row per candidate (a cadre
    /// holding nothing has one row without), each cadre's held one kept as they arrive (CurrentAssignments.KeepHeld).
    /// </summary>
    /// <remarks>The planned cadres and the holders are read by two statements (one per part), each by its own index
    /// (the primary key; the holders' subquery): one statement with "planned or holder" made PostgreSQL test both on
    /// every cadre and every assignment (about 110 ms of the home page at province size). The candidates in the same
    /// statement: read after the cadres, by their ids, every assignment of the 32,650 planned cadres of the national
    /// plan (52,707) came back to be ranked.</remarks>
    internal static async Task<List<BenchPerson>> PeopleAsync(QuyHoachDbContext db, IQueryable<Cadre> cadres, DateOnly asOf, CancellationToken cancellationToken)
    {
        var candidates = db.Set<Assignment>().AsNoTracking().Where(CurrentAssignments.MayBeHeldOn(asOf));
        // Only the columns a report counts, projected without the entity: its name setter folds the name for search and
        // ordering, which a report never uses (4,816 cadres on the home page at province size).
        var rows = cadres.Where(Present(asOf)).SelectMany(c => candidates.Where(a => a.CadreId == c.Id).DefaultIfEmpty(), (c, a) => new
        {
            Cadre = new CadreColumns(c.Id, c.Code, c.FullName, c.OrganisationId, c.Sex, c.BirthYear, c.BirthMonth, c.BirthDay, c.Ethnicity, c.RetirementAgeOverrideMonths, c.ScienceTechnology),
            TitleId = a == null ? (Guid?)null : a.TitleId,
            From = a == null ? (DateOnly?)null : a.From,
            To = a == null ? null : a.To,
        }).AsAsyncEnumerable();
        var people = new Dictionary<Guid, (CadreColumns Cadre, Assignment? Held)>();
        await foreach (var r in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var candidate = r.TitleId is { } title ? new Assignment { TitleId = title, From = r.From!.Value, To = r.To } : null;
            CurrentAssignments.KeepHeld(people, r.Cadre.Id, (r.Cadre, Held: candidate), p => p.Held, asOf);
        }

        var months = new RetirementMonths();
        return [.. people.Values.Select(p =>
        {
            var (c, birth) = (p.Cadre, p.Cadre.Birth.AgeMonth);
            return new BenchPerson(c.Id, c.Code, c.FullName, c.OrganisationId, c.Sex, birth, c.Ethnicity, p.Held?.TitleId, months.Of(c.Sex, birth, c.RetirementAgeOverrideMonths), c.ScienceTechnology);
        })];
    }

    /// <summary>The columns of a cadre that a report counts.</summary>
    private sealed record CadreColumns(
        Guid Id, string Code, string FullName, Guid OrganisationId, Sex Sex, int BirthYear, int? BirthMonth, int? BirthDay, string? Ethnicity,
        int? RetirementAgeOverrideMonths, bool ScienceTechnology)
    {
        public PartialDate Birth => new(BirthYear, BirthMonth, BirthDay);
    }

    /// <summary>An incumbent as both readings count it (people, holders): it holds a title of the scope and, when
    /// the read asks, retires before the horizon.</summary>
    private static bool Counted(HashSet<Guid> scope, IncumbentsRead read, Guid? title, YearMonth month) =>
        title is { } t && scope.Contains(t) && (read.RetiringBefore is not { } horizon || month < horizon);

    /// <summary>A cadre counted on the day: not dead and not transferred out by then.</summary>
    private static Expression<Func<Cadre, bool>> Present(DateOnly asOf) =>
        c => (c.DiedOn == null || c.DiedOn > asOf) && (c.TransferredOutOn == null || c.TransferredOutOn > asOf);

    /// <summary>
    /// RetirementRule's month (R-AGE-4, with a personal age when recorded), for the people and the counts alike: once per
    /// sex, birth month and personal age, which thousands of people share a few hundred of.
    /// </summary>
    private sealed class RetirementMonths
    {
        private readonly Dictionary<(Sex, YearMonth, int?), YearMonth> months = [];

        public YearMonth Of(Sex sex, YearMonth birth, int? personalAgeMonths)
        {
            if (!months.TryGetValue((sex, birth, personalAgeMonths), out var month))
            {
                month = months[(sex, birth, personalAgeMonths)] =
                    RetirementRule.For(sex, birth, personalAgeMonths is { } m ? new AgeInMonths(m) : null).RetirementMonth;
            }

            return month;
        }
    }

    /// <summary>The unit's target of each title: the quota of the latest round created by the day that lists it (R-RANK-1).</summary>
    private static async Task<Dictionary<Guid, int>> TargetsAsync(QuyHoachDbContext db, List<Guid> titleIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var end = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
        var rows = await db.PlanningRounds.AsNoTracking().Where(r => r.Status != RoundStatus.Cancelled && r.CreatedAt < end)
            .SelectMany(r => r.Titles.Where(t => titleIds.Contains(t.TitleId)).Select(t => new { t.TitleId, t.Quota, r.CreatedAt }))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.TitleId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.CreatedAt)!.Quota);
    }
}
