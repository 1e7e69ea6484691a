using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Tests.Spreadsheets;

public class TableWorkbookTests
{
    [Fact]
    public void Write_VietnameseRows_ReopensWithTheSameTextInOrder()
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, "Danh sách cán bộ", ["Họ và tên", "Chức vụ"], [["Nguyễn Thị Ánh", "Trưởng phòng"], ["Trần Văn Đức", null]]);

        var cells = ReadCells(stream);
        Assert.Equal(["Họ và tên", "Chức vụ", "Nguyễn Thị Ánh", "Trưởng phòng", "Trần Văn Đức", ""], cells.Select(c => c.Text));
        Assert.Equal(["A1", "B1", "A2", "B2", "A3", "B3"], cells.Select(c => c.Reference));
    }

    [Fact]
    public void Write_FormulaLikeValue_StoredAsTextNeverAsFormula()
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, "x", ["Ghi chú"], [["=HYPERLINK(\"http://x\")"], ["+84 912"], ["@SUM(A1)"]]);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.Equal(["Ghi chú", "'=HYPERLINK(\"http://x\")", "'+84 912", "'@SUM(A1)"], ReadCells(stream).Select(c => c.Text));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-5", "'-5")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Trưởng phòng", "Trưởng phòng")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Safe_FormulaStart_PrefixedWithApostrophe(string value, string expected) => Assert.Equal(expected, CellText.Safe(value));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_Index_ExcelLetters(int index, string expected) => Assert.Equal(expected, TableWorkbook.ColumnName(index));

    private static List<(string Reference, string Text)> ReadCells(MemoryStream stream)
    {
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .Select(c => (c.CellReference!.Value!, c.InlineString?.Text?.Text ?? ""))
            .ToList();
    }
}
