using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Documents.Spreadsheets;

/// <summary>
/// Writes tables (a bold, frozen header row and text rows) as an .xlsx workbook: the base of every list export and
/// of the import template. Every cell is an inline string passed through <see cref="CellText.Safe"/>, so no written
/// value is ever a formula.
/// </summary>
/// <remarks>
/// Rows are streamed with <see cref="OpenXmlWriter"/> rather than built as a DOM, so exporting tens of thousands of
/// cadres does not hold millions of element objects in memory.
/// </remarks>
public static class TableWorkbook
{
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        Write(output, [new TableSheet(sheetName, [.. header.Select(h => new SheetColumn(h))], rows)]);
    }

    /// <summary>
    /// One sheet of a numbered list (the list exports): the first column, STT, numbers the rows 1, 2, … here, and
    /// <paramref name="cells"/> gives the rest of a row under <paramref name="columns"/>.
    /// </summary>
    public static void WriteNumbered<T>(Stream output, string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<T> rows, Func<T, IEnumerable<string?>> cells)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(cells);
        Write(output, [new TableSheet(sheetName, [new SheetColumn("STT", 6), .. columns],
            rows.Select((row, i) => (IReadOnlyList<string?>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. cells(row)]))]);
    }

    public static void Write(Stream output, IReadOnlyList<TableSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = WorkbookStyles.Create();
        var list = new Sheets();
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            list.Append(new Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = sheetId++,
                // Excel limits sheet names to 31 characters.
                Name = sheet.Name.Length > 31 ? sheet.Name[..31] : sheet.Name,
            });
        }

        workbook.Workbook.AppendChild(list);
        workbook.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, TableSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet.Columns);
        ArgumentNullException.ThrowIfNull(sheet.Rows);
        var styles = sheet.Columns.Select(WorkbookStyles.ForColumn).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(WorkbookStyles.FrozenHeader());
        if (sheet.Columns.Count > 0)
        {
            writer.WriteElement(new Columns(sheet.Columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = c.Width,
                CustomWidth = true,
                Style = styles[i] == WorkbookStyles.Default ? null : styles[i],
            })));
        }

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [.. sheet.Columns.Select(c => c.Header)], _ => WorkbookStyles.Header);
        uint index = 2;
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, index++, row, column => column < styles.Length ? styles[column] : WorkbookStyles.Default);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IReadOnlyList<string?> values, Func<int, uint> style)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", index.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        for (var column = 0; column < values.Count; column++)
        {
            var styleIndex = style(column);
            writer.WriteElement(new Cell
            {
                CellReference = ColumnName(column) + index,
                DataType = CellValues.InlineString,
                StyleIndex = styleIndex == WorkbookStyles.Default ? null : styleIndex,
                InlineString = new InlineString(new Text(CellText.Safe(values[column])) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        writer.WriteEndElement();
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
