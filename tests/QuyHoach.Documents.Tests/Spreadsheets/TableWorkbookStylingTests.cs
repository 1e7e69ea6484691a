using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Tests.Spreadsheets;

public class TableWorkbookStylingTests
{
    [Fact]
    public void Write_Columns_HeaderBoldFrozenAndWidthsSet()
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, [new TableSheet("Cán bộ", [new SheetColumn("Mã", 12, Text: true), new SheetColumn("Họ và tên", 30)], [["001", "Lê Thị Hà"]])]);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal([12d, 30d], sheet.Descendants<Column>().Select(c => c.Width!.Value));

        var headerStyle = sheet.Descendants<Cell>().First().StyleIndex!.Value;
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle);
        var font = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);

        // The code column is Text-formatted, so "001" typed later keeps its leading zeros.
        var codeStyle = sheet.Descendants<Column>().First().Style!.Value;
        Assert.Equal(49u, workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)codeStyle).NumberFormatId!.Value);
    }

    [Fact]
    public void Write_SeveralSheets_KeepsOrderAndNames()
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, [new TableSheet("Một", [new SheetColumn("A")], []), new TableSheet("Hai", [new SheetColumn("B")], [])]);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Equal(["Một", "Hai"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }
}
