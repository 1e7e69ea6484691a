using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Decisions;

/// <summary>Danh sách quy hoạch (Excel): the planned people of one term, per title.</summary>
/// <param name="Scope">e.g. "các chức danh lãnh đạo, quản lý Sở Công Thương".</param>
/// <param name="Term">Nhiệm kỳ, e.g. "2025-2030".</param>
/// <param name="Titles">The people per title, in the caller's order.</param>
public sealed record PlannedList(string Scope, string Term, IReadOnlyList<TitleGroup> Titles);

/// <summary>
/// Xuất Excel danh sách quy hoạch: one sheet with a title column (so it can be filtered and sorted), every cell
/// plain text passed through <see cref="CellText.Safe"/> (never a formula).
/// </summary>
public static class PlannedListWorkbook
{
    public const string SheetName = "Danh sách quy hoạch";

    private static readonly SheetColumn[] Columns =
    [
        new("Chức danh quy hoạch", 26), new("Nhiệm kỳ", 11, Text: true), new("STT", 6), new("Họ và tên", 26), new("Ngày sinh", 12, Text: true),
        new("Giới tính", 9), new("Dân tộc", 9), new("Quê quán", 30, Wrap: true), new("Ngày vào Đảng", 13, Text: true),
        new("Chức vụ hiện tại", 32, Wrap: true), new("Trình độ chuyên môn", 22), new("Lý luận chính trị", 14), new("QLNN", 16),
        new("Đánh giá (3 năm gần nhất)", 30, Wrap: true), new("Ghi chú", 20, Wrap: true),
    ];

    public static IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

    public static void Write(Stream output, PlannedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var rows = list.Titles.SelectMany(t => t.People.Select((p, i) => Cells(list.Term, t.TitleName, i + 1, p)));
        TableWorkbook.Write(output, [new TableSheet(SheetName, Columns, rows)]);
    }

    private static string?[] Cells(string term, string title, int number, PlannedPerson p) =>
    [
        title, term, number.ToString(CultureInfo.InvariantCulture), p.FullName, DecisionText.Short(p.BirthDate), DecisionText.Of(p.Sex),
        p.Ethnicity, p.Hometown, p.PartyJoined is { } joined ? DecisionText.Short(joined) : "", p.CurrentPosition, p.Education,
        p.PoliticalTheory, p.StateManagement, p.Evaluations, p.Note,
    ];
}
