using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Tests.Minutes;

/// <summary>Reopens a written .docx and reads what a reader would see: paragraphs, table rows, validation errors.</summary>
public sealed class WordText
{
    private WordText(List<string> paragraphs, List<List<string>> rows, List<string> errors, SectionProperties section, int repeatedHeaderRows, RunFonts defaultFonts)
    {
        Paragraphs = paragraphs;
        Rows = rows;
        Errors = errors;
        Section = section;
        RepeatedHeaderRows = repeatedHeaderRows;
        DefaultFonts = defaultFonts;
    }

    /// <summary>Every paragraph's text in document order (table cells included), line breaks as "\n".</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Every table row's cell texts, in document order.</summary>
    public IReadOnlyList<List<string>> Rows { get; }

    /// <summary>OpenXmlValidator's descriptions; empty when the document is valid.</summary>
    public IReadOnlyList<string> Errors { get; }

    public SectionProperties Section { get; }

    /// <summary>How many rows are marked to repeat at the top of each page.</summary>
    public int RepeatedHeaderRows { get; }

    /// <summary>The document default fonts (styles.xml docDefaults).</summary>
    public RunFonts DefaultFonts { get; }

    public string All => string.Join("\n", Paragraphs);

    public static WordText Read(Stream stream)
    {
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(Text).ToList();
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(Text))).ToList()).ToList();
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var headers = body.Descendants<TableHeader>().Count();
        var fonts = (RunFonts)document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>().First().CloneNode(true);
        return new WordText(paragraphs, rows, errors, body.Elements<SectionProperties>().Single(), headers, fonts);
    }

    /// <summary>The row whose second cell is <paramref name="name"/>.</summary>
    public List<string> RowOf(string name) => Rows.Single(r => r.Count > 1 && r[1] == name);

    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => "",
        }));
}
