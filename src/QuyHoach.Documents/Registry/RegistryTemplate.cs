using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Registry;

/// <summary>
/// Writes the registry import template (tệp mẫu nhập danh sách cán bộ): a first sheet "Hướng dẫn" explaining
/// every column with an example, then one empty sheet per kind with its header row. Examples stay on the guide
/// sheet, so a filled template never imports them by mistake.
/// </summary>
public static class RegistryTemplate
{
    /// <summary>General rules shown first on the guide sheet.</summary>
    private static readonly string[] GeneralNotes =
    [
        "Dòng 1 của mỗi sheet là tiêu đề: không sửa, không xóa. Cột có dấu * là bắt buộc. Mỗi dòng tiếp theo là một bản ghi; không để dòng tiêu đề phụ, dòng tổng cộng hay ô gộp.",
        "Chỉ nhập giá trị, không dùng công thức (tệp có công thức bị từ chối; hãy dán giá trị). Không đặt mật khẩu, không lưu dạng .xls hay .xlsm.",
        "Chữ tiếng Việt phải là Unicode; chữ gõ bằng phông TCVN3 (ABC) hoặc VNI bị báo \"sai bảng mã\". Ngày ghi dd/MM/yyyy (các cột đã định dạng kiểu Văn bản).",
        "Giá trị chọn từ danh sách (Giới tính, Xếp loại…) không phân biệt hoa thường và có dấu hay không: \"nu\", \"NỮ\" đều là Nữ.",
        "Nhập lại cùng một tệp không làm thay đổi dữ liệu: cán bộ theo Mã cán bộ; đánh giá theo Mã cán bộ và Năm; kỷ luật theo Mã cán bộ và Số quyết định (hoặc Ngày quyết định và Hình thức); tiêu chuẩn chính trị theo Mã cán bộ và Ngày kết luận.",
        "Hệ thống kiểm tra toàn bộ tệp và báo lỗi theo sheet, dòng, cột trước khi ghi; chỉ khi không còn lỗi nào mới ghi, và ghi tất cả hoặc không ghi gì. Sheet TieuChuanChinhTri có thể bỏ.",
    ];

    public static void Write(Stream output)
    {
        var sheets = new List<TableSheet> { Guide() };
        sheets.AddRange(RegistrySheets.All.Select(s => new TableSheet(
            s.Name,
            [.. s.Columns.Select(c => new SheetColumn(c.TemplateHeader, c.Width, Text: true))],
            [])));
        TableWorkbook.Write(output, sheets);
    }

    private static TableSheet Guide()
    {
        var rows = new List<IReadOnlyList<string?>>();
        rows.AddRange(GeneralNotes.Select(note => new[] { "Chung", "", "", note, "" }));
        foreach (var sheet in RegistrySheets.All)
        {
            var title = $"{sheet.Name} ({sheet.Title}{(sheet.Required ? "" : ", không bắt buộc")})";
            rows.AddRange(sheet.Columns.Select(c => new[] { title, c.Header, c.Required ? "Có" : "Không", c.Guide, c.Example }));
        }

        return new TableSheet(
            RegistrySheets.GuideName,
            [new SheetColumn("Sheet", 26, Wrap: true), new SheetColumn("Cột", 24, Wrap: true), new SheetColumn("Bắt buộc", 10), new SheetColumn("Mô tả, giá trị chấp nhận", 80, Wrap: true), new SheetColumn("Ví dụ", 24, Wrap: true)],
            rows);
    }
}
