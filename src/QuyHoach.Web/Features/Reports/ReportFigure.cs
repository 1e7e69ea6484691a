namespace QuyHoach.Web.Features.Reports;

/// <summary>One line of the list behind a figure: a person or a title, its unit and what the figure counted it for.</summary>
/// <param name="Name">Họ và tên, or the title's name for a list of titles.</param>
/// <param name="Unit">Cơ quan, đơn vị.</param>
/// <param name="Detail">Why it is counted ("Nghỉ hưu 08/2027; quy hoạch: Trưởng phòng").</param>
/// <param name="Href">The person's profile, when the line is a person.</param>
public sealed record ReportRow(string Name, string Unit, string Detail, string? Href);

/// <summary>
/// Một chỉ số của báo cáo: a number and the list behind it. A page shows the numbers of many figures and a reader follows
/// one to its list, so the list is written only when first read (<see cref="Rows"/>), once, and must have exactly
/// <see cref="Count"/> lines: a list that disagrees with its figure is refused rather than shown, so the figure, the list
/// a reader follows it to and the downloads never disagree. <see cref="Key"/> names the figure within its report.
/// </summary>
public sealed class ReportFigure
{
    private readonly Func<IEnumerable<ReportRow>> write;
    private IReadOnlyList<ReportRow>? rows;

    private ReportFigure(string key, string label, int count, Func<IEnumerable<ReportRow>> write)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        (Key, Label, Count, this.write) = (key, label, count, write);
    }

    public string Key { get; }

    public string Label { get; }

    public int Count { get; }

    /// <summary>The list behind the figure, in its order, written on first read.</summary>
    /// <exception cref="InvalidOperationException">The list written has not <see cref="Count"/> lines.</exception>
    public IReadOnlyList<ReportRow> Rows => rows ??= Write();

    /// <summary>A figure of <paramref name="count"/> whose list <paramref name="rows"/> writes only when it is read.</summary>
    public static ReportFigure Of(string key, string label, int count, Func<IEnumerable<ReportRow>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ReportFigure(key, label, count, rows);
    }

    /// <summary>A figure whose list is already written: its number is the list's length.</summary>
    public static ReportFigure Of(string key, string label, IReadOnlyList<ReportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ReportFigure(key, label, rows.Count, () => rows);
    }

    private List<ReportRow> Write()
    {
        var written = write().ToList();
        return written.Count == Count
            ? written
            : throw new InvalidOperationException($"The list behind figure {Key} has {written.Count} lines, its number is {Count}.");
    }
}
