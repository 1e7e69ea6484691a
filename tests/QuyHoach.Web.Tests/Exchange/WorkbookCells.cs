using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Web.Tests.Exchange;

/// <summary>Edits cells of a workbook as a person would in Excel: the row holding a text, the column under a header.</summary>
internal static class WorkbookCells
{
    public static byte[] Set(byte[] workbook, string sheetName, string rowHolding, params (string Header, string Value)[] edits)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
            var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            var rows = worksheet.Descendants<Row>().ToList();
            var headers = rows[0].Elements<Cell>().Select(Text).ToList();
            var row = rows.Skip(1).Single(r => r.Elements<Cell>().Any(c => Text(c) == rowHolding));
            foreach (var (header, value) in edits)
            {
                var cell = row.Elements<Cell>().ElementAt(headers.IndexOf(header));
                (cell.DataType, cell.CellValue, cell.InlineString) = (CellValues.InlineString, null, new InlineString(new Text(value)));
            }

            worksheet.Save();
        }

        return stream.ToArray();
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
