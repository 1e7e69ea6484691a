namespace QuyHoach.Web.Features.Reports;

/// <summary>One year of the wave: incumbents and planned cadres of a title group whose retirement month falls in it.</summary>
public sealed record WaveCell(int Year, string Group, ReportFigure Incumbents, ReportFigure Planned);

/// <summary>A planned cadre's working life left at the first month of the next term of the title's track and level (R-AGE-1).</summary>
public sealed record RunwayLine(BenchPlanLine Line, YearMonth NextTermStart, int MonthsLeft);

/// <summary>Làn sóng nghỉ hưu: by year (the report's year and the nine after it) and title group, with yearly totals.</summary>
/// <param name="SortedRunway">Every plan line with its months left, fewest first (<see cref="Runway"/>).</param>
/// <param name="RunwayFigure">The same lines as a figure: its list (and XLSX) holds them all, the page only the first <see cref="RetirementWave.RunwayShown"/>.</param>
public sealed record WaveView(BenchSnapshot Snapshot, IReadOnlyList<int> Years, IReadOnlyList<string> Groups, IReadOnlyList<WaveCell> Cells, IReadOnlyList<ReportFigure> IncumbentTotals, IReadOnlyList<ReportFigure> PlannedTotals, Lazy<List<RunwayLine>> SortedRunway, ReportFigure NextTwelveMonths, ReportFigure RunwayFigure)
{
    /// <summary>Every plan line with its months left, fewest first, then by name: sorted when first read (the page's table,
    /// the figure's list), not by every build (the home page and the API build the wave for its figures; 32,650 lines at
    /// national size).</summary>
    public IReadOnlyList<RunwayLine> Runway => SortedRunway.Value;

    private ILookup<int, WaveCell>? byYear;

    /// <summary>The cells of <paramref name="year"/>, in the order of <see cref="Groups"/> (a lookup, not a scan of every cell).</summary>
    public IEnumerable<WaveCell> CellsOf(int year) => (byYear ??= Cells.ToLookup(c => c.Year))[year];
}

/// <summary>A person reaching retirement in a title group: an incumbent of a title of that name, or a cadre planned for one.</summary>
internal readonly record struct Reaching(string Group, BenchPerson Person, bool Planned);

/// <summary>
/// Báo cáo làn sóng nghỉ hưu. A cadre reaches retirement in the year of the retirement month RetirementRule gives
/// (NĐ 135 roadmap, exact months, R-AGE-4), from the report's month on; the title group is the title's name, so
/// "Trưởng phòng" of every unit counts together; a planned cadre counts once in each group planned for. Months left
/// at the next term are RetirementRule.MonthsRemaining's count (retirement month less the first month of the next term after the report's month
/// (the terms calendar of the rule set, R-AGE-1, as AgeReferenceRule reads it).
/// </summary>
public static class RetirementWave
{
    /// <summary>Years shown: the report's year and the nine after it (issue 14: the next ten years).</summary>
    public const int Years = 10;

    /// <summary>The home page's horizon: retirements in this month and the eleven after it (issue 14).</summary>
    public const int SoonMonths = 12;

    /// <summary>
    /// Lines of the months-left table on the page, fewest months first; the rest through the figure's list and its XLSX.
    /// A product choice, not a legal number: at national scope the table had 32,643 lines, a page of 12 MB.
    /// </summary>
    public const int RunwayShown = 50;

    public static WaveView Build(BenchSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var month = YearMonth.Of(snapshot.AsOf);
        var years = Enumerable.Range(snapshot.AsOf.Year, Years).ToList();
        var titles = snapshot.Titles.ToDictionary(t => t.Id);
        // Incumbents counted by title and retirement month; the people only when a list is written (IncumbentsRead.People).
        var incumbents = snapshot.IncumbentCounts.Where(c => c.RetirementMonth >= month)
            .Select(c => (Group: titles[c.TitleId].Name, Month: c.RetirementMonth, c.Count)).ToList();
        var incumbentPeople = new Lazy<List<Reaching>>(() => [.. snapshot.Incumbents.Where(p => p.RetirementMonth >= month)
            .Select(p => new Reaching(titles[p.HeldTitleId!.Value].Name, p, false))]);
        var planned = snapshot.Planned.Where(p => p.Person.RetirementMonth >= month)
            .GroupBy(p => (p.Title.Name, p.Person.Id)).Select(g => new Reaching(g.Key.Name, g.First().Person, true)).ToList();
        var groups = incumbents.Select(i => i.Group).Concat(planned.Select(p => p.Group)).Distinct().Order(VietnameseNames.Collation).ToList();
        // Each cell and each year is found by lookup: one pass over the counts and the people, not one per cell.
        var incumbentCells = incumbents.ToLookup(i => (i.Group, i.Month.Year));
        var plannedCells = planned.ToLookup(p => (p.Group, p.Person.RetirementMonth.Year));
        var incumbentYears = incumbents.ToLookup(i => i.Month.Year);
        var plannedYears = planned.ToLookup(p => p.Person.RetirementMonth.Year);
        var cells = (from year in years
                     from g in groups
                     select new WaveCell(
                         year,
                         g,
                         Figure($"dn-{year}-{g}", $"Người đương nhiệm {g} nghỉ hưu năm {year}", incumbentCells[(g, year)].Sum(i => i.Count), () => incumbentPeople.Value.Where(i => i.Group == g && i.Person.RetirementMonth.Year == year)),
                         Counted($"qh-{year}-{g}", $"Cán bộ quy hoạch {g} nghỉ hưu năm {year}", plannedCells[(g, year)]))).ToList();
        // An incumbent holds one title, so is counted once a year; a planned cadre once however many groups.
        var incumbentTotals = years.Select(y => Figure($"dn-{y}", $"Người đương nhiệm nghỉ hưu năm {y}", incumbentYears[y].Sum(i => i.Count), () => incumbentPeople.Value.Where(i => i.Person.RetirementMonth.Year == y))).ToList();
        var plannedTotals = years.Select(y => Counted($"qh-{y}", $"Cán bộ quy hoạch nghỉ hưu năm {y}", plannedYears[y].DistinctBy(p => p.Person.Id))).ToList();
        var lines = snapshot.Planned.Select(l =>
        {
            var start = snapshot.RuleSet.TermsCalendar.Of(TermTracks.Of(l.Title.Track)).NextStartAfter(l.Title.Level, month);
            return new RunwayLine(l, start, l.Person.RetirementMonth.MonthsSince(start));
        }).ToList();
        var runway = new Lazy<List<RunwayLine>>(() => [.. lines.OrderBy(r => r.MonthsLeft).ThenBy(r => r.Line.Person.FullName, VietnameseNames.Order)]);
        // Each person once: the incumbents retiring within the months, and the planned cadres retiring then who hold no title of the scope (those are among the incumbents).
        bool Soon(YearMonth retirement) => retirement.MonthsSince(month) < SoonMonths;
        var soonPlanned = planned.Where(p => Soon(p.Person.RetirementMonth)).DistinctBy(p => p.Person.Id).ToList();
        var soonCount = incumbents.Where(i => Soon(i.Month)).Sum(i => i.Count) + soonPlanned.Count(p => p.Person.HeldTitleId is not { } t || !titles.ContainsKey(t));
        var nextTwelve = Figure("12-thang", $"Người đương nhiệm và cán bộ quy hoạch nghỉ hưu trong {SoonMonths} tháng tới", soonCount, () =>
            incumbentPeople.Value.Where(i => Soon(i.Person.RetirementMonth)).Concat(soonPlanned).DistinctBy(p => p.Person.Id));
        var runwayFigure = ReportFigure.Of("con-lai", "Cán bộ quy hoạch theo thời gian công tác còn lại tính đến đầu nhiệm kỳ kế tiếp", lines.Count, () => runway.Value.Select(r =>
            new ReportRow(r.Line.Person.FullName, snapshot.UnitOf(r.Line.Title.UnitId), $"Quy hoạch {r.Line.Title.Name}; đầu nhiệm kỳ kế tiếp {r.NextTermStart.ToVietnamese()}; nghỉ hưu {r.Line.Person.RetirementMonth.ToVietnamese()}; còn lại {r.MonthsLeft} tháng", r.Line.Person.Href)));
        return new WaveView(snapshot, years, groups, cells, incumbentTotals, plannedTotals, runway, nextTwelve, runwayFigure);

        ReportFigure Counted(string key, string label, IEnumerable<Reaching> people)
        {
            var counted = people.ToList();
            return Figure(key, label, counted.Count, () => counted);
        }

        ReportFigure Figure(string key, string label, int count, Func<IEnumerable<Reaching>> people) =>
            ReportFigure.Of(key, label, count, () => people().OrderBy(p => p.Person.RetirementMonth).ThenBy(p => p.Person.FullName, VietnameseNames.Order)
                .Select(p => new ReportRow(p.Person.FullName, snapshot.UnitOf(p.Person.UnitId), Detail(p), p.Person.Href)));

        string Detail(Reaching p) => p.Planned
            ? $"Nghỉ hưu {p.Person.RetirementMonth.ToVietnamese()}; quy hoạch: {snapshot.PlannedTitlesOf(p.Person.Id)}"
            : $"Nghỉ hưu {p.Person.RetirementMonth.ToVietnamese()}; {p.Group}";
    }

    /// <summary>Every figure of <paramref name="view"/>: the yearly totals, then each year's groups.</summary>
    public static IEnumerable<ReportFigure> Figures(WaveView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.IncumbentTotals.Concat(view.PlannedTotals).Append(view.NextTwelveMonths).Append(view.RunwayFigure).Concat(view.Cells.SelectMany(c => new[] { c.Incumbents, c.Planned }));
    }
}
