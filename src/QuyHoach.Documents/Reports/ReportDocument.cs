using QuyHoach.Documents.Charts;

namespace QuyHoach.Documents.Reports;

/// <summary>One line of the list behind a report's figure.</summary>
public sealed record ReportListRow(string Name, string Unit, string Detail);

/// <summary>One figure of a report: what it counts and how many.</summary>
public sealed record ReportFigureLine(string Label, int Count);

/// <summary>A report as the caller computed it: its title, unit and day, its chart and every figure.</summary>
/// <param name="Subtitle">The unit and the day ("Sở Công Thương tỉnh Nam Định, tại ngày 03/12/2026").</param>
public sealed record ReportDocument(string Title, string Subtitle, BarChart Chart, IReadOnlyList<ReportFigureLine> Figures);
