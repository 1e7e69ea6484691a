using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Documents.Spreadsheets;

/// <summary>
/// Writes one table (a header row and text rows) as an .xlsx workbook: the base of every list export. Every cell is
/// an inline string passed through <see cref="CellText.Safe"/>, so no exported value is ever a formula.
/// </summary>
public static class TableWorkbook
{
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, header));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row));
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet
        {
            Id = workbook.GetIdOfPart(sheetPart),
            SheetId = 1,
            // Excel limits sheet names to 31 characters.
            Name = sheetName.Length > 31 ? sheetName[..31] : sheetName,
        }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<string?> values)
    {
        var row = new Row { RowIndex = index };
        for (var column = 0; column < values.Count; column++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(column) + index,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(CellText.Safe(values[column])) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
