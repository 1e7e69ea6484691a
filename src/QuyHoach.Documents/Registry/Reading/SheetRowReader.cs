using System.Text.RegularExpressions;
using System.Xml;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>A non-empty row: its number as Excel shows it and its non-empty cells by 0-based column.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<int, SheetCell> Cells);

/// <summary>
/// Streams the rows of one worksheet with an <see cref="XmlReader"/> over the part (DTDs prohibited), one row's
/// cells in memory at a time, without building the SDK's element objects (building a row element a row was half of a
/// 20,000-row import, bench/national.sh). Refuses the file at the first formula cell, and as soon as the sheet has
/// more non-empty rows than allowed, so a million-row sheet costs only the rows up to the limit.
/// </summary>
internal static partial class SheetRowReader
{
    public static IEnumerable<SheetRow> Read(WorkbookIndex book, string sheetName, int maxRows)
    {
        var part = book.Sheet(sheetName) ?? throw new InvalidOperationException("Sheet checked before reading: " + sheetName);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, MaxCharactersInDocument = book.MaxCharactersInPart };
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), settings);
        var count = 0;
        var lastNumber = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            lastNumber = uint.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? (int)index : lastNumber + 1;
            var cells = Cells(book, sheetName, xml);
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

    /// <summary>The non-empty cells of the row element the reader is on (its direct <c>c</c> children).</summary>
    private static Dictionary<int, SheetCell> Cells(WorkbookIndex book, string sheetName, XmlReader xml)
    {
        var cells = new Dictionary<int, SheetCell>();
        if (xml.IsEmptyElement)
        {
            return cells;
        }

        var column = -1;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1 || xml.LocalName != "c")
            {
                continue;
            }

            var reference = xml.GetAttribute("r");
            column = reference is not null ? ColumnIndex(reference) : column + 1;
            var cell = ReadCell(xml);
            if (cell.Formula)
            {
                throw new ImportRefusedException(RefusalMessages.Formula(sheetName, reference ?? "?"));
            }

            if (Value(book, cell) is { } value)
            {
                cells[column] = value;
            }
        }

        return cells;
    }

    /// <summary>One <c>c</c> element: its type and style, its <c>v</c> text, its inline string, whether it has a formula.</summary>
    private static RawCell ReadCell(XmlReader xml)
    {
        var cell = new RawCell(xml.GetAttribute("t"), uint.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) ? style : 0);
        if (xml.IsEmptyElement)
        {
            return cell;
        }

        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1)
            {
                cell = xml.LocalName switch
                {
                    "f" => cell with { Formula = true },
                    "v" => cell with { Value = ElementText(xml) },
                    "is" => cell with { Inline = InlineText(xml) },
                    _ => cell,
                };
            }
        }

        return cell;
    }

    /// <summary>The text of an inline string (<c>is</c>): its plain <c>t</c>, or its runs' texts joined, without phonetic hints.</summary>
    private static string InlineText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        string? plain = null;
        var runs = new System.Text.StringBuilder();
        var depth = xml.Depth;
        var inRun = false;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.Depth == depth + 1)
            {
                inRun = xml.LocalName == "r";
                if (xml.LocalName == "t")
                {
                    var text = ElementText(xml);
                    plain ??= text;
                }
            }
            else if (inRun && xml.Depth == depth + 2 && xml.LocalName == "t")
            {
                runs.Append(ElementText(xml));
            }
        }

        return plain ?? runs.ToString();
    }

    /// <summary>The text inside the element the reader is on; leaves the reader on that element's end (or on it, if empty).</summary>
    private static string ElementText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    private static SheetCell? Value(WorkbookIndex book, RawCell cell)
    {
        var raw = cell.Value;
        SheetCell? value = cell.Type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                ? Text(book.SharedString(i))
                : throw new ImportRefusedException(RefusalMessages.NotWorkbook),
            "inlineStr" => cell.Inline is { } inline ? Text(inline) : null,
            "str" => Text(raw),
            "b" => Text(raw == "1" ? "Có" : "Không"),
            "e" => new SheetCell(SheetCellKind.Error, raw ?? "#?"),
            "d" => DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? new SheetCell(SheetCellKind.Date, d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), DateOnly.FromDateTime(d))
                : Text(raw),
            null or "n" => Number(book, cell.Style, raw),
            _ => throw new ImportRefusedException(RefusalMessages.NotWorkbook),
        };
        return value is { Kind: SheetCellKind.Text, Text: var text } && string.IsNullOrWhiteSpace(text) ? null : value;
    }

    private static SheetCell? Number(WorkbookIndex book, uint styleIndex, string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var style = (int)styleIndex;
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

    private sealed record RawCell(string? Type, uint Style, string? Value = null, string? Inline = null, bool Formula = false);
}
