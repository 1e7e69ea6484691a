using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>
/// An opened, already guarded workbook: its worksheets by name, its shared strings (streamed in once), which cell
/// styles are dates, and its date system.
/// </summary>
internal sealed class WorkbookIndex : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly Dictionary<string, WorksheetPart> sheets = new(StringComparer.OrdinalIgnoreCase);
    private List<string>? sharedStrings;

    private WorkbookIndex(SpreadsheetDocument document, long maxCharactersInPart)
    {
        this.document = document;
        MaxCharactersInPart = maxCharactersInPart;
        var workbook = document.WorkbookPart ?? throw new ImportRefusedException(RefusalMessages.NotWorkbook);
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is { } name && sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                sheets.TryAdd(name.Trim(), part);
            }
        }

        Date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
        DateStyles = DateFormats.StyleFlags(workbook.WorkbookStylesPart?.Stylesheet);
    }

    /// <summary>The SDK's bound on a part, kept for the sheets streamed without it (<see cref="SheetRowReader"/>).</summary>
    public long MaxCharactersInPart { get; }

    /// <summary>Dates are counted from 1904 (old Mac workbooks) instead of 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>For each cell style index, whether its number format shows a date.</summary>
    public IReadOnlyList<bool> DateStyles { get; }

    public static WorkbookIndex Open(MemoryStream file, ImportLimits limits)
    {
        file.Position = 0;
        try
        {
            // MaxCharactersInPart is a second bound behind PackageGuard: the SDK itself refuses a part larger than it.
            return new WorkbookIndex(SpreadsheetDocument.Open(file, false, new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes }), limits.MaxEntryBytes);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ImportRefusedException(RefusalMessages.NotWorkbook, e);
        }
    }

    public WorksheetPart? Sheet(string name) => sheets.GetValueOrDefault(name);

    public string SharedString(int index)
    {
        sharedStrings ??= LoadSharedStrings();
        return index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : throw new ImportRefusedException(RefusalMessages.NotWorkbook);
    }

    public void Dispose() => document.Dispose();

    /// <summary>The text of a shared or inline string: its plain text, or its rich-text runs joined, without phonetic hints.</summary>
    public static string RichText(OpenXmlElement item)
    {
        var plain = item.GetFirstChild<Text>();
        return plain is not null ? plain.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    private List<string> LoadSharedStrings()
    {
        var list = new List<string>();
        if (document.WorkbookPart?.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(RichText(reader.LoadCurrentElement()!));
            }
            else
            {
                reader.Read();
            }
        }

        return list;
    }
}
