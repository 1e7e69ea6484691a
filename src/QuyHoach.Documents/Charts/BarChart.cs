namespace QuyHoach.Documents.Charts;

/// <summary>One series of a bar chart: its name in the legend and one whole number per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);

/// <summary>
/// Biểu đồ cột: a Vietnamese title, the categories along the bottom and one bar per series in each category. The same
/// record is drawn as SVG for the page and as PNG for the PDF (BarChartDrawing), and read as a table by screen readers.
/// </summary>
public sealed record BarChart(string Title, string ValueLabel, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);
