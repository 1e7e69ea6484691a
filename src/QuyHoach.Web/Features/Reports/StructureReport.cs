using QuyHoach.Domain.Age;
using QuyHoach.Domain.Quotas;

namespace QuyHoach.Web.Features.Reports;

/// <summary>One structure dimension of a group: the people counted, the rule set's target and how many are missing.</summary>
/// <param name="Target">The share the rule set requires, or null when it sets no number (ethnic minorities, R-STR-3).</param>
/// <param name="Missing">People short of the target (0 when met): the target's ceiling of the total less the count.</param>
public sealed record StructureMeasure(string Dimension, ReportFigure People, Ratio? Target, int Missing)
{
    public bool Met => Target is null || Missing == 0;
}

/// <summary>The structure of one group of planned cadres (the whole scope, or one title).</summary>
public sealed record StructureRow(string Name, string Unit, ReportFigure Total, IReadOnlyList<StructureMeasure> Measures);

/// <summary>Cơ cấu đội ngũ quy hoạch against the rule set's targets; <see cref="Rows"/> begins with the whole scope.</summary>
public sealed record StructureView(BenchSnapshot Snapshot, string YoungLabel, IReadOnlyList<StructureRow> Rows, IReadOnlyList<string> Warnings);

/// <summary>
/// Báo cáo cơ cấu: women (R-STR-2), young (R-STR-1, YoungCadreRule at the report's month), ethnic minorities (R-STR-3,
/// no number), science and technology (R-STR-5, a target only when the rule set sets one) and, when the rule set
/// declares its width, the three age bands (R-STR-5: under the young limit, the limit to the limit plus
/// <c>AgeBandMonths</c>, older; YoungCadreRule's age at the report's month) of the planned cadres, the whole scope and
/// each title, met or missed by how many people; the scope's missed targets as StructureTargetRule words them (with
/// R-STR-4 when the rule set asks for a woman among key leaders).
/// </summary>
public static class StructureReport
{
    // The plans the system holds are provincial level (Sở, phòng), as the report to the higher level reads R-STR-1's table.
    private const string Level = "province";

    public static StructureView Build(BenchSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var targets = snapshot.RuleSet.Structure;
        var month = YearMonth.Of(snapshot.AsOf);
        var limit = YoungCadreRule.LimitMonths(targets, Level);
        var keyLeaders = snapshot.Planned.Where(p => p.Title.KeyLeadership).Select(p => p.Person.Id).ToHashSet();
        var byTitle = snapshot.Planned.ToLookup(p => p.Title.Id);
        var rows = new List<StructureRow> { Row("tong", "Toàn bộ cán bộ quy hoạch", snapshot.Selection.UnitName, snapshot.Planned) };
        rows.AddRange(snapshot.Titles.Where(t => byTitle.Contains(t.Id))
            .Select(t => Row(t.Id.ToString("N"), t.Name, snapshot.UnitOf(t.UnitId), [.. byTitle[t.Id]])));
        var people = snapshot.Planned.DistinctBy(p => p.Person.Id)
            .Select(p => new PlannedPerson(p.Person.Sex, p.Person.Birth, keyLeaders.Contains(p.Person.Id), p.Person.ScienceTechnology)).ToList();
        var warnings = StructureTargetRule.Check(people, Level, month, targets).Warnings.Select(w => $"{w.Message} ({w.Basis.RuleId})").ToList();
        return new StructureView(snapshot, $"Trẻ (dưới {limit / 12} tuổi)", rows, warnings);

        StructureRow Row(string key, string name, string unit, IReadOnlyList<BenchPlanLine> lines)
        {
            var group = lines.Select(l => l.Person).DistinctBy(p => p.Id).ToList();
            var total = Figure($"{key}-tong", $"{name} ({unit})", group);
            List<StructureMeasure> measures =
            [
                Measure("nu", "Nữ", group.Where(p => p.Sex == Sex.Female), targets.WomenShare),
                Measure("tre", $"Trẻ (dưới {limit / 12} tuổi)", group.Where(p => YoungCadreRule.IsYoung(p.Birth, month, limit)), targets.YoungShare),
                Measure("dan-toc", "Dân tộc thiểu số", group.Where(p => EthnicMinority.Is(p.Ethnicity)), null),
                Measure("khcn", "Có trình độ khoa học, công nghệ", group.Where(p => p.ScienceTechnology), targets.ScienceTechnologyShare),
            ];
            if (targets.AgeBandMonths is { } band)
            {
                var upper = limit + band;
                measures.Add(Measure("tuoi-1", $"Độ tuổi dưới {limit / 12}", group.Where(p => YoungCadreRule.IsYoung(p.Birth, month, limit)), null));
                measures.Add(Measure("tuoi-2", $"Độ tuổi từ {limit / 12} đến dưới {upper / 12}", group.Where(p => !YoungCadreRule.IsYoung(p.Birth, month, limit) && YoungCadreRule.IsYoung(p.Birth, month, upper)), null));
                measures.Add(Measure("tuoi-3", $"Độ tuổi từ {upper / 12} trở lên", group.Where(p => !YoungCadreRule.IsYoung(p.Birth, month, upper)), null));
            }

            return new StructureRow(name, unit, total, measures);

            StructureMeasure Measure(string slug, string dimension, IEnumerable<BenchPerson> counted, Ratio? target)
            {
                var figure = Figure($"{key}-{slug}", $"{name} ({unit}): {dimension.ToLowerInvariant()}", counted.ToList());
                var missing = target is { } r ? (int)Math.Max(0, r.CeilingOf(group.Count) - figure.Count) : 0;
                return new StructureMeasure(dimension, figure, target, missing);
            }
        }

        // Sorted by name only when its list is written: sorting every group of the national plan's 32,650 cadres took
        // about 100 ms of each build, for lists a reader opens one at a time.
        ReportFigure Figure(string key, string label, IReadOnlyList<BenchPerson> group) => ReportFigure.Of(
            key, label, group.Count, () => group.OrderBy(p => p.FullName, Shell.VietnameseNames.Order).Select(p => new ReportRow(p.FullName, snapshot.UnitOf(p.UnitId), $"Sinh {p.Birth.ToVietnamese()}; quy hoạch: {snapshot.PlannedTitlesOf(p.Id)}", p.Href)));
    }

    /// <summary>Every figure of <paramref name="view"/>: each group's total and its dimensions.</summary>
    public static IEnumerable<ReportFigure> Figures(StructureView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Rows.SelectMany(r => r.Measures.Select(m => m.People).Prepend(r.Total));
    }
}
