using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Exports;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Documents.Tests.Exports;

public class ListExportTests
{
    [Fact]
    public void CadreList_Write_VietnameseHeadersAndValuesReopenIntact()
    {
        using var stream = new MemoryStream();
        CadreListExport.Write(stream, [
            new CadreListRow("CB0001", "Nguyễn Thị Ánh", Sex.Female, new PartialDate(1975, 9, 5), "Kinh", "Sở Nội vụ", "Phó Giám đốc Sở", PoliticalTheoryLevel.Advanced, true, StateManagementLevel.Principal, Rating.Good, 2025, "036175012345"),
            new CadreListRow("CB0002", "Hoàng Đức Thắng", Sex.Male, new PartialDate(1968), null, null, null, null, false, null, null, null),
        ]);

        var (sheetName, rows) = Reopen(stream);
        Assert.Equal("Danh sách cán bộ", sheetName);
        Assert.Equal(["STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Dân tộc", "Cơ quan, đơn vị", "Chức vụ hiện tại", "Lý luận chính trị", "Quản lý nhà nước", "Xếp loại gần nhất"], rows[0]);
        Assert.Equal(["1", "CB0001", "Nguyễn Thị Ánh", "Nữ", "05/09/1975", "036175012345", "Kinh", "Sở Nội vụ", "Phó Giám đốc Sở", "Cao cấp (đang học)", "Chuyên viên chính", "HTTNV (2025)"], rows[1]);
        Assert.Equal(["2", "CB0002", "Hoàng Đức Thắng", "Nam", "1968", "", "", "", "", "", "", ""], rows[2]);
    }

    [Fact]
    public void CadreList_Write_FormulaLikeValueNeutralised()
    {
        using var stream = new MemoryStream();
        CadreListExport.Write(stream, [new CadreListRow("=HYPERLINK(\"http://x\")", "@Lê Văn Bình", null, null, "+1", "-2", null, null, false, null, null, null)]);

        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            Assert.Empty(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
        }

        var row = Reopen(stream).Rows[1];
        Assert.Equal(["'=HYPERLINK(\"http://x\")", "'@Lê Văn Bình", "'+1", "'-2"], new[] { row[1], row[2], row[6], row[7] });
    }

    [Fact]
    public void TitleList_Write_VietnameseHeadersAndValuesReopenIntact()
    {
        using var stream = new MemoryStream();
        TitleListExport.Write(stream, [
            new TitleListRow("GD-SNV", "Giám đốc Sở Nội vụ", "Sở Nội vụ", 10, "Tỉnh", true, 1, "1: Phó Giám đốc Sở; 2: Trưởng phòng", "LLCT: Cao cấp; Chuyên môn: Đại học"),
            new TitleListRow("TP-TCCB", "=Trưởng phòng", "Sở Nội vụ", 5, null, false, null, null, null),
        ]);

        var (sheetName, rows) = Reopen(stream);
        Assert.Equal("Danh mục chức danh", sheetName);
        Assert.Equal(["STT", "Mã chức danh", "Tên chức danh", "Cơ quan, đơn vị", "Thứ bậc", "Cấp", "Chủ chốt", "Số lượng", "Nguồn quy hoạch", "Tiêu chuẩn"], rows[0]);
        Assert.Equal(["1", "GD-SNV", "Giám đốc Sở Nội vụ", "Sở Nội vụ", "10", "Tỉnh", "Có", "1", "1: Phó Giám đốc Sở; 2: Trưởng phòng", "LLCT: Cao cấp; Chuyên môn: Đại học"], rows[1]);
        Assert.Equal("'=Trưởng phòng", rows[2][2]);
        Assert.Equal("Không", rows[2][6]);
    }

    private static (string SheetName, List<List<string>> Rows) Reopen(MemoryStream stream)
    {
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var name = workbook.Workbook.Descendants<Sheet>().Single().Name!.Value!;
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? "").ToList())
            .ToList();
        return (name, rows);
    }
}
