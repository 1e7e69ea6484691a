namespace QuyHoach.Web.Features.Reports;

/// <summary>A cadre as the reports count them: who, where, sex, birth month, ethnicity and retirement month (R-AGE-4).</summary>
/// <param name="HeldTitleId">The title held on the report's day (CurrentAssignments), if any.</param>
/// <param name="RetirementMonth">The month in whose last day the cadre retires (RetirementRule, NĐ 135 roadmap).</param>
/// <param name="ScienceTechnology">Có trình độ khoa học, công nghệ (R-STR-5).</param>
public sealed record BenchPerson(Guid Id, string Code, string FullName, Guid UnitId, Sex Sex, YearMonth Birth, string? Ethnicity, Guid? HeldTitleId, YearMonth RetirementMonth, bool ScienceTechnology = false)
{
    /// <summary>The last day of work of whoever retires in <paramref name="retirementMonth"/>: its last day (NĐ 135/2020 Điều 3).</summary>
    public static DateOnly LastDayOf(YearMonth retirementMonth) => new DateOnly(retirementMonth.Year, retirementMonth.Month, 1).AddMonths(1).AddDays(-1);

    public string Href => $"/can-bo/{Id}";
}

/// <summary>A leadership title of a unit in the report's scope.</summary>
/// <param name="Seats">Số lượng theo quy định, when regulated.</param>
/// <param name="Target">The unit's target: the quota of the latest round on or before the report's day that lists the title (R-RANK-1).</param>
public sealed record BenchTitle(Guid Id, string Name, Guid UnitId, string Level, TermTrack Track, bool KeyLeadership, int? Seats, int? Target);

/// <summary>One plan entry holding on the report's day (R-EFF-1/2) with its first appointable day (R-PRI-8).</summary>
public sealed record BenchPlanLine(BenchPerson Person, BenchTitle Title, DateOnly EffectiveFrom, DateOnly AppointableFrom);

/// <summary>Số người đương nhiệm theo tháng nghỉ hưu: how many incumbents of a title retire in a month (RetirementRule).</summary>
public sealed record IncumbentCount(Guid TitleId, YearMonth RetirementMonth, int Count);

/// <summary>Người đương nhiệm, as counted: who holds which title of the scope on the day and retires in which month (no name).</summary>
public readonly record struct BenchHolder(Guid Id, Guid TitleId, YearMonth RetirementMonth);

/// <summary>
/// Đội ngũ tại một ngày: what every report and the home page's figures are computed from, read once by
/// <see cref="BenchReader"/>: the titles of the scope, their incumbents and the plan entries holding that day. The
/// reports count incumbents from <see cref="IncumbentCounts"/> (by title and retirement month, counted from
/// <see cref="Holders"/>); the people themselves (<see cref="Incumbents"/>) are read only for the lists behind the
/// figures and the home page's few retiring soon (<see cref="IncumbentsRead.People"/>).
/// </summary>
/// <param name="IncumbentPeople">The incumbents one by one, when read; null otherwise.</param>
/// <param name="IncumbentHolders">Who holds which title, whenever incumbents are read (IncumbentsRead.Any); null otherwise.</param>
public sealed record BenchSnapshot(ReportSelection Selection, RuleSet RuleSet, IReadOnlyList<BenchTitle> Titles, IReadOnlyList<IncumbentCount> IncumbentCounts, IReadOnlyList<BenchPerson>? IncumbentPeople, IReadOnlyList<BenchHolder>? IncumbentHolders, IReadOnlyList<BenchPlanLine> Planned)
{
    // Built once, when a list first asks: every list line names the titles its cadre is planned for (a lookup, not a
    // scan per line); a report's figures never do (32,650 planned cadres at national size).
    private readonly Lazy<Dictionary<Guid, string>> plannedTitles = new(() => Planned.GroupBy(p => p.Person.Id)
        .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p.Title.Name).Distinct())));

    public DateOnly AsOf => Selection.AsOf;

    /// <summary>The incumbents one by one (for a list), in the order read.</summary>
    /// <exception cref="InvalidOperationException">The snapshot was read with counts only.</exception>
    public IReadOnlyList<BenchPerson> Incumbents => IncumbentPeople
        ?? throw new InvalidOperationException("The incumbents were counted, not read: read the snapshot with IncumbentsRead.People for a list.");

    /// <summary>The incumbents as counted, in no particular order.</summary>
    /// <exception cref="InvalidOperationException">The snapshot was read without incumbents.</exception>
    public IReadOnlyList<BenchHolder> Holders => IncumbentHolders
        ?? throw new InvalidOperationException("No incumbent was read: read the snapshot with IncumbentsRead.All or Before.");

    public string UnitOf(Guid unitId) => Selection.UnitNames.GetValueOrDefault(unitId, "");

    /// <summary>The titles each planned cadre is planned for, joined ("Trưởng phòng, Phó Giám đốc Sở").</summary>
    public string PlannedTitlesOf(Guid cadreId) => plannedTitles.Value.GetValueOrDefault(cadreId, "");
}

/// <summary>
/// Phần đương nhiệm của ảnh chụp: the scope's titles with their targets and their incumbents, as BenchReader reads them
/// apart from the plan, so that each is kept (ReportCache) while its own tables are unchanged.
/// </summary>
public sealed record BenchIncumbents(IReadOnlyList<BenchTitle> Titles, IReadOnlyList<IncumbentCount> Counts, IReadOnlyList<BenchPerson>? People, IReadOnlyList<BenchHolder>? Holders) : IKeptRead
{
    public int Rows => Titles.Count + KeptRows.Values(Counts.Count) + (People?.Count ?? 0) + KeptRows.Values(Holders?.Count ?? 0);
}

/// <summary>
/// Phần quy hoạch của ảnh chụp: the plan entries holding on the day (each one, its cadre present that day or not), the
/// records of their cadres present that day, and the rule set in force (BenchReader). The entries depend on the plan's
/// tables only, so a change to the registry reads the records again and keeps the entries.
/// </summary>
public sealed record BenchPlan(RuleSet RuleSet, IReadOnlyList<BenchPlanEntry> Entries, IReadOnlyDictionary<Guid, BenchPerson> People) : IKeptRead
{
    public int Rows => People.Count + KeptRows.Values(Entries.Count);
}

/// <summary>A plan entry as the plan part holds it: its cadre and title by id (the snapshot resolves them against the part's
/// records and the incumbents part's titles), the day it holds from and the first day its cadre may be appointed (R-PRI-8).</summary>
public sealed record BenchPlanEntry(Guid CadreId, Guid TitleId, DateOnly EffectiveFrom, DateOnly AppointableFrom);
