using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Exports;

/// <summary>One title (chức danh) of the registry, as the caller projected it.</summary>
/// <param name="Code">Mã chức danh.</param>
/// <param name="Name">Tên chức danh.</param>
/// <param name="Organisation">Cơ quan, đơn vị.</param>
/// <param name="Rank">Thứ bậc; higher is senior.</param>
/// <param name="Level">Cấp phê duyệt (e.g. "Tỉnh").</param>
/// <param name="IsKeyLeadership">Chức danh chủ chốt.</param>
/// <param name="Seats">Số lượng theo quy định, when regulated.</param>
/// <param name="SourceGroups">Đối tượng nguồn quy hoạch, summarised by the caller ("1: Phó Giám đốc Sở; 2: Trưởng phòng").</param>
/// <param name="Standards">Tiêu chuẩn, summarised ("LLCT: Cao cấp; Chuyên môn: Đại học").</param>
public sealed record TitleListRow(
    string Code,
    string Name,
    string? Organisation,
    int Rank,
    string? Level,
    bool IsKeyLeadership,
    int? Seats,
    string? SourceGroups,
    string? Standards);

/// <summary>Xuất danh mục chức danh: the titles as one sheet, every cell plain text (never a formula).</summary>
public static class TitleListExport
{
    public const string SheetName = "Danh mục chức danh";

    private static readonly SheetColumn[] Columns =
    [
        new("Mã chức danh", 14), new("Tên chức danh", 32), new("Cơ quan, đơn vị", 30), new("Thứ bậc", 9),
        new("Cấp", 10), new("Chủ chốt", 10), new("Số lượng", 10), new("Nguồn quy hoạch", 40, Wrap: true), new("Tiêu chuẩn", 40, Wrap: true),
    ];

    public static void Write(Stream output, IEnumerable<TitleListRow> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        TableWorkbook.WriteNumbered(output, SheetName, Columns, titles, Cells);
    }

    private static string?[] Cells(TitleListRow t) =>
    [
        t.Code,
        t.Name,
        t.Organisation,
        t.Rank.ToString(CultureInfo.InvariantCulture),
        t.Level,
        t.IsKeyLeadership ? "Có" : "Không",
        t.Seats?.ToString(CultureInfo.InvariantCulture),
        t.SourceGroups,
        t.Standards,
    ];
}
