namespace QuyHoach.Web.Features.Reports;

/// <summary>One line of the list behind a figure: a person or a title, its unit and what the figure counted it for.</summary>
/// <param name="Name">Họ và tên, or the title's name for a list of titles.</param>
/// <param name="Unit">Cơ quan, đơn vị.</param>
/// <param name="Detail">Why it is counted ("Nghỉ hưu 08/2027; quy hoạch: Trưởng phòng").</param>
/// <param name="Href">The person's profile, when the line is a person.</param>
public sealed record ReportRow(string Name, string Unit, string Detail, string? Href);

/// <summary>
/// Một chỉ số của báo cáo: its number is the length of the list behind it, so the figure and the list a reader follows
/// it to (or downloads) can never disagree. <paramref name="Key"/> names the figure within its report.
/// </summary>
public sealed record ReportFigure(string Key, string Label, IReadOnlyList<ReportRow> Rows)
{
    public int Count => Rows.Count;
}
