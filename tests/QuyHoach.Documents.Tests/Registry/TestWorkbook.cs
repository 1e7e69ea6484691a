using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>A formula cell for hostile-file tests.</summary>
public sealed record TestFormula(string Formula, string CachedValue);

/// <summary>An error cell such as #N/A.</summary>
public sealed record TestError(string Value);

/// <summary>A number cell stored as typed in Excel, e.g. 85.5 or a year 1975 in a General cell.</summary>
public sealed record TestNumber(string Value);

/// <summary>
/// Writes workbooks the way Excel does (shared strings, date-styled serial numbers), cell by cell, so tests can put
/// any value of any type in any cell. Rows are streamed, so 60,000-row files are cheap.
/// </summary>
public sealed class TestWorkbook
{
    private readonly List<(string Name, List<IReadOnlyList<object?>> Rows)> sheets = [];

    public TestWorkbook Sheet(string name, IEnumerable<object?> header)
    {
        sheets.Add((name, [[.. header]]));
        return this;
    }

    public TestWorkbook Row(string sheet, IEnumerable<object?> cells)
    {
        sheets.Single(s => s.Name == sheet).Rows.Add([.. cells]);
        return this;
    }

    public TestWorkbook Rows(string sheet, IEnumerable<IReadOnlyList<object?>> rows)
    {
        sheets.Single(s => s.Name == sheet).Rows.AddRange(rows);
        return this;
    }

    public MemoryStream Build()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var strings = new SharedStrings();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteSheet(part, rows, strings);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Texts.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbook.Workbook.Save();
        }

        stream.Position = 0;
        return stream;
    }

    private static void WriteSheet(WorksheetPart part, List<IReadOnlyList<object?>> rows, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        for (var r = 0; r < rows.Count; r++)
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)(r + 1) });
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (Cell(rows[r][c], strings) is { } cell)
                {
                    cell.CellReference = QuyHoach.Documents.Spreadsheets.TableWorkbook.ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    writer.WriteElement(cell);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell? Cell(object? value, SharedStrings strings) => value switch
    {
        null => null,
        string text => SharedString(text, strings),
        TestNumber n => new Cell { CellValue = new CellValue(n.Value) },
        int n => new Cell { CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
        DateOnly d => new Cell { StyleIndex = 1, CellValue = new CellValue((d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)) },
        TestError e => new Cell { DataType = CellValues.Error, CellValue = new CellValue(e.Value) },
        TestFormula f => new Cell { CellFormula = new CellFormula(f.Formula), CellValue = new CellValue(f.CachedValue) },
        _ => throw new ArgumentException("Unsupported test cell " + value.GetType()),
    };

    /// <summary>Each distinct text is stored once, as Excel does (a table of repeats would look like a zip bomb).</summary>
    private static Cell SharedString(string text, SharedStrings strings)
    {
        if (!strings.Index.TryGetValue(text, out var index))
        {
            index = strings.Index[text] = strings.Texts.Count;
            strings.Texts.Add(text);
        }

        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };
    }

    private sealed class SharedStrings
    {
        public List<string> Texts { get; } = [];

        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);
    }
}
