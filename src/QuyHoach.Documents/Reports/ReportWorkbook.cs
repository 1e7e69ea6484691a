using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Reports;

/// <summary>A report's figures, or the list behind one figure, as one sheet (TableWorkbook: plain text cells, never a formula).</summary>
public static class ReportWorkbook
{
    public const string FiguresSheet = "Chỉ số";
    public const string ListSheet = "Danh sách";

    private static readonly SheetColumn[] FigureColumns = [new("STT", 6), new("Chỉ số", 90, Wrap: true), new("Số", 10)];

    private static readonly SheetColumn[] ListColumns = [new("STT", 6), new("Họ và tên / chức danh", 32), new("Cơ quan, đơn vị", 32), new("Chi tiết", 70, Wrap: true)];

    public static void WriteFigures(Stream output, ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        TableWorkbook.Write(output, [new TableSheet(FiguresSheet, FigureColumns, report.Figures.Select((f, i) => (IReadOnlyList<string?>)[Number(i + 1), f.Label, Number(f.Count)]))]);
    }

    public static void WriteList(Stream output, IEnumerable<ReportListRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        TableWorkbook.Write(output, [new TableSheet(ListSheet, ListColumns, rows.Select((r, i) => (IReadOnlyList<string?>)[Number(i + 1), r.Name, r.Unit, r.Detail]))]);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
