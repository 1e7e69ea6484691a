namespace QuyHoach.Web.Features.Reports;

/// <summary>One title of the coverage report: its incumbents and planned cadres against the rule set's cap and the unit's target.</summary>
/// <param name="Cap">At most this many cadres per title and term (R-PRI-5).</param>
public sealed record CoverageRow(BenchTitle Title, string Unit, ReportFigure Incumbents, ReportFigure Planned, int Cap, bool AtRisk);

/// <summary>Mức độ bao phủ quy hoạch: every title of the scope, the titles with nobody planned and those at risk of a gap.</summary>
public sealed record CoverageView(BenchSnapshot Snapshot, IReadOnlyList<CoverageRow> Rows, ReportFigure Titles, ReportFigure Uncovered, ReportFigure AtRisk, ReportFigure PlannedCadres);

/// <summary>
/// Báo cáo bao phủ. "Nguy cơ hẫng hụt": an incumbent's retirement month is at most <see cref="HorizonMonths"/> months
/// after the report's month (RetirementRule, NĐ 135 roadmap, R-AGE-4) and nobody planned for the title can be appointed
/// by the incumbent's last day of work (the last day of the retirement month): each planned cadre's first appointable
/// day is AppointmentWaitRule's (R-PRI-8). An incumbent who retires the month before a planned cadre becomes
/// appointable leaves the title at risk.
/// </summary>
public static class CoverageReport
{
    /// <summary>The report's look-ahead, set by the product (issue 14), not a legal threshold.</summary>
    public const int HorizonMonths = 24;

    public static CoverageView Build(BenchSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var month = YearMonth.Of(snapshot.AsOf);
        var cap = snapshot.RuleSet.Caps.CadresPerTitlePerTerm;
        // Counted by title and retirement month; the people only when a list is written (IncumbentsRead.People).
        var incumbents = snapshot.IncumbentCounts.ToLookup(c => c.TitleId);
        var holding = new Lazy<ILookup<Guid, BenchPerson>>(() => snapshot.Incumbents.ToLookup(p => p.HeldTitleId!.Value));
        var planned = snapshot.Planned.ToLookup(p => p.Title.Id);
        var rows = new List<CoverageRow>();
        var counts = new List<(BenchTitle Title, string Unit, int Holders, int Lines)>();
        var risks = new List<(BenchTitle Title, string Unit, IReadOnlyList<BenchPlanLine> Lines)>();
        var atRisk = 0;
        foreach (var title in snapshot.Titles)
        {
            var unit = snapshot.UnitOf(title.UnitId);
            var holders = incumbents[title.Id].Sum(c => c.Count);
            var lines = planned[title.Id].ToList();
            var leaving = incumbents[title.Id].Where(c => Leaves(c.RetirementMonth, month, lines)).Sum(c => c.Count);
            var key = title.Id.ToString("N");
            rows.Add(new CoverageRow(
                title,
                unit,
                ReportFigure.Of($"dn-{key}", $"Người đương nhiệm chức danh {title.Name} ({unit})", holders, () =>
                    holding.Value[title.Id].OrderBy(p => p.FullName, VietnameseNames.Order).Select(h => new ReportRow(h.FullName, unit, $"Nghỉ hưu {h.RetirementMonth.ToVietnamese()}", h.Href))),
                ReportFigure.Of($"qh-{key}", $"Cán bộ quy hoạch chức danh {title.Name} ({unit})", lines.Count, () =>
                    lines.OrderBy(p => p.Person.FullName, VietnameseNames.Order).Select(l => Planned(snapshot, l))),
                cap,
                leaving > 0));
            counts.Add((title, unit, holders, lines.Count));
            atRisk += leaving;
            if (leaving > 0)
            {
                risks.Add((title, unit, lines));
            }
        }

        var uncovered = counts.Where(c => c.Lines == 0).ToList();
        var people = snapshot.Planned.GroupBy(p => p.Person.Id).Select(g => g.First().Person).ToList();
        return new CoverageView(
            snapshot,
            rows,
            ReportFigure.Of("chuc-danh", "Chức danh lãnh đạo, quản lý trong phạm vi", counts.Count, () => counts.Select(TitleRow)),
            ReportFigure.Of("chua-co-quy-hoach", "Chức danh chưa có ai trong quy hoạch", uncovered.Count, () => uncovered.Select(TitleRow)),
            ReportFigure.Of("nguy-co", $"Nguy cơ hẫng hụt: người đương nhiệm nghỉ hưu trong {HorizonMonths} tháng tới, chưa có người quy hoạch bổ nhiệm được trước ngày đó", atRisk, () =>
                risks.SelectMany(r => holding.Value[r.Title.Id].Where(h => Leaves(h.RetirementMonth, month, r.Lines)).OrderBy(h => h.FullName, VietnameseNames.Order)
                    .Select(h => new ReportRow(r.Title.Name, r.Unit, $"{h.FullName} nghỉ hưu {h.RetirementMonth.ToVietnamese()}; {Ready(r.Lines)}", h.Href)))),
            ReportFigure.Of("can-bo-quy-hoach", "Cán bộ trong quy hoạch", people.Count, () => people.OrderBy(p => p.FullName, VietnameseNames.Order)
                .Select(p => new ReportRow(p.FullName, snapshot.UnitOf(p.UnitId), $"Quy hoạch: {snapshot.PlannedTitlesOf(p.Id)}", p.Href))));

        static ReportRow TitleRow((BenchTitle Title, string Unit, int Holders, int Lines) t) => new(t.Title.Name, t.Unit, $"Đương nhiệm {t.Holders}, quy hoạch {t.Lines}", null);
    }

    /// <summary>Every figure of <paramref name="view"/>: the summary, then each title's incumbents and planned cadres.</summary>
    public static IEnumerable<ReportFigure> Figures(CoverageView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new[] { view.Titles, view.PlannedCadres, view.Uncovered, view.AtRisk }.Concat(view.Rows.SelectMany(r => new[] { r.Incumbents, r.Planned }));
    }

    /// <summary>An incumbent retiring in <paramref name="retirement"/> leaves the title at risk: within the horizon, and nobody of <paramref name="lines"/> appointable by the last day of work.</summary>
    private static bool Leaves(YearMonth retirement, YearMonth month, IReadOnlyList<BenchPlanLine> lines) =>
        retirement.MonthsSince(month) is >= 0 and <= HorizonMonths && !lines.Any(l => l.AppointableFrom <= BenchPerson.LastDayOf(retirement));

    private static ReportRow Planned(BenchSnapshot snapshot, BenchPlanLine l) => new(
        l.Person.FullName,
        snapshot.UnitOf(l.Person.UnitId),
        $"Quy hoạch: {snapshot.PlannedTitlesOf(l.Person.Id)}; bổ nhiệm được từ {PlanningLabels.Date(l.AppointableFrom)}; nghỉ hưu {l.Person.RetirementMonth.ToVietnamese()}",
        l.Person.Href);

    private static string Ready(IReadOnlyList<BenchPlanLine> lines) => lines.Count == 0
        ? "chưa có ai trong quy hoạch"
        : $"người quy hoạch bổ nhiệm được sớm nhất từ {PlanningLabels.Date(lines.Min(l => l.AppointableFrom))}";
}
