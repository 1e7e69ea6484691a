using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using QuyHoach.Documents.Registry;
using QuyHoach.Documents.Registry.Reading;

namespace QuyHoach.Documents.Spreadsheets;

/// <summary>One non-empty row of a sheet read as texts: its number as Excel shows it, its cells by 0-based column.</summary>
public sealed record TableRow(int Number, IReadOnlyDictionary<int, string> Cells);

/// <summary>A sheet read back as texts; <paramref name="Refusal"/> is the one Vietnamese reason the file was refused,
/// and a readable file without the sheet has no rows and <paramref name="HasSheet"/> false.</summary>
public sealed record TableRead(IReadOnlyList<TableRow> Rows, bool HasSheet, string? Refusal);

/// <summary>
/// Reads one sheet of a workbook people may have edited (the reverse of <see cref="TableWorkbook"/>) with the
/// registry reader's defences: the package checked before any XML is parsed (<see cref="PackageGuard"/>), rows
/// streamed up to the limit, formulas refused. A cell typed as a date comes back as dd/MM/yyyy, a number in its
/// invariant form.
/// </summary>
public static class TableWorkbookReader
{
    public static TableRead Read(byte[] content, string sheetName, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.Length > limits.MaxFileBytes)
        {
            return Refused(RefusalMessages.TooLarge(limits.MaxFileBytes));
        }

        using var file = new MemoryStream();
        file.Write(content);
        try
        {
            PackageGuard.Check(file, limits);
            using var book = WorkbookIndex.Open(file, limits);
            if (book.Sheet(sheetName) is null)
            {
                return new TableRead([], false, null);
            }

            // The header row is one of the rows: the limit counts data rows after it.
            var rows = SheetRowReader.Read(book, sheetName, limits.MaxRowsPerSheet + 1)
                .Select(r => new TableRow(r.Number, r.Cells.ToDictionary(c => c.Key, c => c.Value.Text)));
            return new TableRead([.. rows], true, null);
        }
        catch (ImportRefusedException refused)
        {
            return Refused(refused.Message);
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException)
        {
            return Refused(RefusalMessages.NotWorkbook);
        }
    }

    private static TableRead Refused(string reason) => new([], false, reason);
}
