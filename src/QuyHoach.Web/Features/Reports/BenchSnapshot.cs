namespace QuyHoach.Web.Features.Reports;

/// <summary>A cadre as the reports count them: who, where, sex, birth month, ethnicity and retirement month (R-AGE-4).</summary>
/// <param name="HeldTitleId">The title held on the report's day (CurrentAssignments), if any.</param>
/// <param name="RetirementMonth">The month in whose last day the cadre retires (RetirementRule, NĐ 135 roadmap).</param>
/// <param name="ScienceTechnology">Có trình độ khoa học, công nghệ (R-STR-5).</param>
public sealed record BenchPerson(Guid Id, string Code, string FullName, Guid UnitId, Sex Sex, YearMonth Birth, string? Ethnicity, Guid? HeldTitleId, YearMonth RetirementMonth, bool ScienceTechnology = false)
{
    /// <summary>The last day of work: the last day of the retirement month (NĐ 135/2020 Điều 3).</summary>
    public DateOnly LeavesOn => new DateOnly(RetirementMonth.Year, RetirementMonth.Month, 1).AddMonths(1).AddDays(-1);

    public string Href => $"/can-bo/{Id}";
}

/// <summary>A leadership title of a unit in the report's scope.</summary>
/// <param name="Seats">Số lượng theo quy định, when regulated.</param>
/// <param name="Target">The unit's target: the quota of the latest round on or before the report's day that lists the title (R-RANK-1).</param>
public sealed record BenchTitle(Guid Id, string Name, Guid UnitId, string Level, TermTrack Track, bool KeyLeadership, int? Seats, int? Target);

/// <summary>One plan entry holding on the report's day (R-EFF-1/2) with its first appointable day (R-PRI-8).</summary>
public sealed record BenchPlanLine(BenchPerson Person, BenchTitle Title, DateOnly EffectiveFrom, DateOnly AppointableFrom);

/// <summary>
/// Đội ngũ tại một ngày: what every report and the home page's figures are computed from, read once by
/// <see cref="BenchReader"/>: the titles of the scope, their incumbents and the plan entries holding that day.
/// </summary>
public sealed record BenchSnapshot(ReportSelection Selection, RuleSet RuleSet, IReadOnlyList<BenchTitle> Titles, IReadOnlyList<BenchPerson> Incumbents, IReadOnlyList<BenchPlanLine> Planned)
{
    // Built once: every list line names the titles its cadre is planned for (a lookup, not a scan per line).
    private readonly Dictionary<Guid, string> plannedTitles = Planned.GroupBy(p => p.Person.Id)
        .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p.Title.Name).Distinct()));

    public DateOnly AsOf => Selection.AsOf;

    public string UnitOf(Guid unitId) => Selection.UnitNames.GetValueOrDefault(unitId, "");

    /// <summary>The titles each planned cadre is planned for, joined ("Trưởng phòng, Phó Giám đốc Sở").</summary>
    public string PlannedTitlesOf(Guid cadreId) => plannedTitles.GetValueOrDefault(cadreId, "");
}
