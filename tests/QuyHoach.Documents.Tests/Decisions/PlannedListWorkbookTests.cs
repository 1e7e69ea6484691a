using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Decisions;

namespace QuyHoach.Documents.Tests.Decisions;

public class PlannedListWorkbookTests
{
    [Fact]
    public void Write_PlannedList_HeaderThenPeoplePerTitleInOrder()
    {
        var rows = Read(SeedDecisions.PlannedList(), out var sheetName, out _);

        Assert.Equal(PlannedListWorkbook.SheetName, sheetName);
        Assert.Equal(PlannedListWorkbook.Headers, rows[0]);
        Assert.Equal("Chức danh quy hoạch", rows[0][0]);
        Assert.Equal(["Nguyễn Thị Ánh", "Nguyễn Văn Thắng", "Bùi Thị Lan", "Ngô Đình Khải"], rows.Skip(1).Select(r => r[3]));
        Assert.Equal(
            "Phó Giám đốc Sở|2025-2030|1|Bùi Thị Lan|09/1984|Nữ|Tày|xã Yên Lạc, huyện Ý Yên, tỉnh Nam Định|22/12/2008|Trưởng phòng Quản lý thương mại|Thạc sĩ Quản trị kinh doanh|Cao cấp|Chuyên viên chính|2023: HTTNV; 2024: HTTNV; 2025: HTXSNV|",
            string.Join("|", rows[3]));
        Assert.Equal("1975", rows[2][4]);
    }

    [Fact]
    public void Write_NameStartingWithEquals_WrittenAsTextNotFormula()
    {
        var list = SeedDecisions.PlannedList() with { Titles = [new TitleGroup("Giám đốc Sở", [SeedDecisions.Formula])] };

        var rows = Read(list, out _, out var formulas);

        Assert.Equal(0, formulas);
        Assert.Equal("'=HYPERLINK(\"http://x\")", rows[1][3]);
        Assert.Equal("'+1", rows[1][14]);
    }

    private static List<List<string>> Read(PlannedList list, out string sheetName, out int formulas)
    {
        using var stream = new MemoryStream();
        PlannedListWorkbook.Write(stream, list);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        sheetName = workbook.Workbook.Descendants<Sheet>().Single().Name!.Value!;
        var cells = workbook.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        formulas = workbook.WorksheetParts.Single().Worksheet.Descendants<CellFormula>().Count();
        Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        return [.. workbook.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList())];
    }
}
