using QuyHoach.Documents.Charts;

namespace QuyHoach.Web.Features.Reports;

/// <summary>The charts of the reports, as plain records drawn the same way on the page (SVG) and in the PDF (PNG).</summary>
public static class ReportCharts
{
    /// <summary>Incumbents and planned cadres per title group (the titles' names), at most the twelve groups with most incumbents.</summary>
    public static BarChart Coverage(CoverageView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var groups = view.Rows.GroupBy(r => r.Title.Name).OrderByDescending(g => g.Sum(r => r.Incumbents.Count)).Take(12).ToList();
        return new BarChart(
            "Đương nhiệm và quy hoạch theo chức danh",
            "Số người",
            [.. groups.Select(g => g.Key)],
            [
                new ChartSeries("Đương nhiệm", [.. groups.Select(g => g.Sum(r => r.Incumbents.Count))]),
                new ChartSeries("Quy hoạch", [.. groups.Select(g => g.Sum(r => r.Planned.Count))]),
                new ChartSeries("Chức danh chưa có ai quy hoạch", [.. groups.Select(g => g.Count(r => r.Planned.Count == 0))]),
            ]);
    }

    /// <summary>Incumbents and planned cadres reaching retirement, per year.</summary>
    public static BarChart Wave(WaveView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new BarChart(
            "Số người đến tuổi nghỉ hưu theo năm",
            "Số người",
            [.. view.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [
                new ChartSeries("Đương nhiệm", [.. view.IncumbentTotals.Select(f => f.Count)]),
                new ChartSeries("Cán bộ quy hoạch", [.. view.PlannedTotals.Select(f => f.Count)]),
            ]);
    }

    /// <summary>The scope's structure: each dimension's count against the number its target requires.</summary>
    public static BarChart Structure(StructureView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var scope = view.Rows[0];
        return new BarChart(
            "Cơ cấu cán bộ quy hoạch so với chỉ tiêu",
            "Số người",
            [.. scope.Measures.Select(m => m.Dimension)],
            [
                new ChartSeries("Hiện có", [.. scope.Measures.Select(m => m.People.Count)]),
                new ChartSeries("Cần có theo chỉ tiêu", [.. scope.Measures.Select(m => m.People.Count + m.Missing)]),
            ]);
    }

    /// <summary>The political-theory levels of the planned cadres against the incumbents (the quality report's first section).</summary>
    public static BarChart Quality(QualityView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = view.Sections[0].Lines;
        return new BarChart(
            "Trình độ lý luận chính trị: cán bộ quy hoạch và người đương nhiệm",
            "Số người",
            [.. lines.Select(l => l.Label)],
            [
                new ChartSeries("Cán bộ quy hoạch", [.. lines.Select(l => l.Planned.Count)]),
                new ChartSeries("Người đương nhiệm", [.. lines.Select(l => l.Incumbents?.Count ?? 0)]),
            ]);
    }

    /// <summary>The running rounds' steps by timeliness.</summary>
    public static BarChart Pipeline(PipelineView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new BarChart(
            "Tiến độ các bước của đợt quy hoạch",
            "Số bước",
            [.. view.StepsByTimeliness.Select(f => f.Label)],
            [new ChartSeries("Số bước", [.. view.StepsByTimeliness.Select(f => f.Count)])]);
    }
}
