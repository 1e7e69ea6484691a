using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Registry.Parsing;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>A non-empty row: its number as Excel shows it and its non-empty cells by 0-based column.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<int, SheetCell> Cells);

/// <summary>
/// Streams the rows of one worksheet with <see cref="OpenXmlReader"/>, one row element in memory at a time. Refuses
/// the file at the first formula cell, and as soon as the sheet has more non-empty rows than allowed, so a
/// million-row sheet costs only the rows up to the limit.
/// </summary>
internal static partial class SheetRowReader
{
    public static IEnumerable<SheetRow> Read(WorkbookIndex book, string sheetName, int maxRows)
    {
        var part = book.Sheet(sheetName) ?? throw new InvalidOperationException("Sheet checked before reading: " + sheetName);
        using var reader = OpenXmlReader.Create(part);
        var count = 0;
        var lastNumber = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                reader.Read();
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            lastNumber = row.RowIndex?.Value is uint index ? (int)index : lastNumber + 1;
            var cells = Cells(book, sheetName, row);
            if (cells.Count == 0)
            {
                continue;
            }

            if (++count > maxRows)
            {
                throw new ImportRefusedException(RefusalMessages.TooManyRows(sheetName, maxRows - 1));
            }

            yield return new SheetRow(lastNumber, cells);
        }
    }

    private static Dictionary<int, SheetCell> Cells(WorkbookIndex book, string sheetName, Row row)
    {
        var cells = new Dictionary<int, SheetCell>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
            if (cell.CellFormula is not null)
            {
                throw new ImportRefusedException(RefusalMessages.Formula(sheetName, cell.CellReference?.Value ?? "?"));
            }

            if (Value(book, cell) is { } value)
            {
                cells[column] = value;
            }
        }

        return cells;
    }

    private static SheetCell? Value(WorkbookIndex book, Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        SheetCell? value = type switch
        {
            _ when type == CellValues.SharedString => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                ? Text(book.SharedString(i))
                : throw new ImportRefusedException(RefusalMessages.NotWorkbook),
            _ when type == CellValues.InlineString => cell.InlineString is { } inline ? Text(WorkbookIndex.RichText(inline)) : null,
            _ when type == CellValues.String => Text(raw),
            _ when type == CellValues.Boolean => Text(raw == "1" ? "Có" : "Không"),
            _ when type == CellValues.Error => new SheetCell(SheetCellKind.Error, raw ?? "#?"),
            _ when type == CellValues.Date => DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? new SheetCell(SheetCellKind.Date, d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), DateOnly.FromDateTime(d))
                : Text(raw),
            _ => Number(book, cell, raw),
        };
        return value is { Kind: SheetCellKind.Text, Text: var text } && string.IsNullOrWhiteSpace(text) ? null : value;
    }

    private static SheetCell? Number(WorkbookIndex book, Cell cell, string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var style = (int)(cell.StyleIndex?.Value ?? 0);
        if (style < book.DateStyles.Count && book.DateStyles[style] && DateFormats.FromSerial(raw, book.Date1904) is { } date)
        {
            return new SheetCell(SheetCellKind.Date, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), date);
        }

        return new SheetCell(SheetCellKind.Number, raw);
    }

    /// <summary>OOXML escapes characters XML cannot hold as <c>_xHHHH_</c> (Excel writes line breaks as <c>_x000D_</c>).</summary>
    private static SheetCell Text(string? text) => new(SheetCellKind.Text, text is null || !text.Contains("_x", StringComparison.Ordinal)
        ? text ?? ""
        : Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));

    /// <summary>"B12" → 1.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();
}
