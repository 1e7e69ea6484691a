using QuyHoach.Documents.Registry;
using QuyHoach.Documents.Registry.Columns;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>
/// A registry workbook described by header names: each sheet starts from one valid row, and a test overrides the
/// cells it is about. Reading happens "today" = 15/11/2026.
/// </summary>
public sealed class RegistryFile
{
    public static readonly DateOnly Today = new(2026, 11, 15);

    private readonly Dictionary<string, List<Dictionary<string, object?>>> rows = RegistrySheets.All.ToDictionary(s => s.Name, _ => new List<Dictionary<string, object?>>());

    public static Dictionary<string, object?> Cadre(string code = "CB0001") => new()
    {
        ["Mã cán bộ"] = code,
        ["Họ và tên"] = "Nguyễn Thị Ánh",
        ["Giới tính"] = "Nữ",
        ["Ngày sinh"] = "05/09/1975",
        ["Dân tộc"] = "Kinh",
        ["Quê quán"] = "Xã Yên Phong, tỉnh Bắc Ninh",
        ["Ngày vào Đảng"] = "19/05/2000",
        ["Mã đơn vị"] = "SNV",
        ["Mã chức vụ hiện tại"] = "PGD-SNV",
        ["Ngày giữ chức vụ"] = "01/07/2021",
        ["Trình độ chuyên môn"] = "Thạc sĩ Luật",
        ["Lý luận chính trị"] = "Cao cấp",
        ["Đang học LLCT"] = "Không",
        ["Quản lý nhà nước"] = "Chuyên viên chính",
    };

    public static Dictionary<string, object?> Evaluation(string code = "CB0001", object? year = null) => new()
    {
        ["Mã cán bộ"] = code,
        ["Năm"] = year ?? "2024",
        ["Xếp loại"] = "HTTNV",
        ["Điểm"] = "85,5",
    };

    public static Dictionary<string, object?> Discipline(string code = "CB0001") => new()
    {
        ["Mã cán bộ"] = code,
        ["Thẩm quyền"] = "Đảng",
        ["Hình thức"] = "Khiển trách",
        ["Số quyết định"] = "12-QĐ/UBKTTU",
        ["Ngày quyết định"] = "15/03/2023",
        ["Ngày hiệu lực"] = "15/03/2023",
        ["Đang khiếu nại"] = "Không",
    };

    public static Dictionary<string, object?> PoliticalStandard(string code = "CB0001") => new()
    {
        ["Mã cán bộ"] = code,
        ["Ngày kết luận"] = "20/10/2024",
        ["Kết luận"] = "Đạt",
    };

    /// <summary>One valid row on every sheet.</summary>
    public static RegistryFile OneOfEach() => new RegistryFile()
        .Add("CanBo", Cadre()).Add("DanhGia", Evaluation()).Add("KyLuat", Discipline()).Add("TieuChuanChinhTri", PoliticalStandard());

    public RegistryFile Add(string sheet, Dictionary<string, object?> row)
    {
        rows[sheet].Add(row);
        return this;
    }

    /// <summary>Overrides cells of the first row of a sheet; null empties a cell.</summary>
    public RegistryFile Set(string sheet, string header, object? value)
    {
        rows[sheet][0][header] = value;
        return this;
    }

    public TestWorkbook Workbook(params string[] leaveOut)
    {
        var book = new TestWorkbook();
        foreach (var sheet in RegistrySheets.All.Where(s => !leaveOut.Contains(s.Name)))
        {
            book.Sheet(sheet.Name, sheet.Columns.Select(c => c.TemplateHeader));
            book.Rows(sheet.Name, rows[sheet.Name].Select(r => (IReadOnlyList<object?>)[.. sheet.Columns.Select(c => r.GetValueOrDefault(c.Header))]));
        }

        return book;
    }

    public RegistryImportResult Read(KnownCodes? known = null, ImportLimits? limits = null)
    {
        using var stream = Workbook().Build();
        return RegistryWorkbookReader.Read(stream, limits ?? ImportLimits.Default, Today, known);
    }
}
