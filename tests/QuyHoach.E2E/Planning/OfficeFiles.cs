using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace QuyHoach.E2E.Planning;

/// <summary>A downloaded document reopened with the Open XML SDK, as Word or Excel would open it.</summary>
internal static class OfficeFiles
{
    /// <summary>The paragraphs of a DOCX (outside and inside tables) and its table rows, cells joined by " | ".</summary>
    public static (string[] Paragraphs, string[] Rows) Word(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        return (body.Descendants<Paragraph>().Select(p => p.InnerText).ToArray(),
            body.Descendants<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText))).ToArray());
    }

    /// <summary>Each sheet of an XLSX by name, its rows with cells joined by " | ".</summary>
    public static Dictionary<string, string[]> Excel(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Descendants<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.Descendants<Row>()
                .Select(r => string.Join(" | ", r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? ""))).ToArray(),
            StringComparer.Ordinal);
    }
}
