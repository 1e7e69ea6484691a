using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Exports;

/// <summary>One membership of a collective body, as the caller projected it (dates already dd/MM/yyyy).</summary>
public sealed record BodyMemberRow(string FullName, string Unit, string Position, bool IsHead, string From, string? To);

/// <summary>Xuất thành viên tập thể: every dated membership of one body, current and past, as one sheet of plain text.</summary>
public static class BodyMembersExport
{
    public const string SheetName = "Thành viên";

    private static readonly SheetColumn[] Columns =
    [
        new("Họ và tên", 28), new("Cơ quan, đơn vị", 30), new("Chức vụ trong tập thể", 24),
        new("Người đứng đầu", 14), new("Từ ngày", 12), new("Đến ngày", 12),
    ];

    public static void Write(Stream output, IEnumerable<BodyMemberRow> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        TableWorkbook.WriteNumbered(output, SheetName, Columns, members, Cells);
    }

    private static string?[] Cells(BodyMemberRow m) =>
        [m.FullName, m.Unit, m.Position, m.IsHead ? "Có" : "", m.From, m.To];
}
