using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>The kinds of document the app generates, with the series of their number and their title.</summary>
internal enum GeneratedKind
{
    ApprovalDecision,
    RemovalDecision,
    Submission,
    Notice,
    Report,
    SummaryList,
    Minutes,
    TallySummary,
}

/// <summary>
/// One downloaded document, reopened: its Word XML (body, styles, section) and, for a PDF, its text; with what it must
/// say about its issuer, as the round's data has it (the expectations, not the document, name the right body).
/// </summary>
internal sealed class GeneratedDocument
{
    public required string Url { get; init; }

    /// <summary>The name the browser saves it under (Content-Disposition).</summary>
    public string FileName { get; init; } = "";

    public required GeneratedKind Kind { get; init; }

    public required bool Party { get; init; }

    /// <summary>The lines of the heading's left cell above "*" or the rule, e.g. ["TỈNH ỦY NAM ĐỊNH"].</summary>
    public required IReadOnlyList<string> Issuer { get; init; }

    public required string Place { get; init; }

    /// <summary>The signer's capacity lines (official letters), e.g. ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"].</summary>
    public IReadOnlyList<string>? SignerHeadings { get; init; }

    /// <summary>Thẩm quyền ban hành above the bases of a decision, e.g. "BAN THƯỜNG VỤ TỈNH ỦY".</summary>
    public string? Authority { get; init; }

    public required Body Body { get; init; }

    public required Styles Styles { get; init; }

    /// <summary>The page headers by kind ("first", "default"); empty for a PDF.</summary>
    public IReadOnlyDictionary<string, Header> Headers { get; init; } = new Dictionary<string, Header>();

    /// <summary>The text pdftotext reads from the PDF rendering; null for a Word document.</summary>
    public string? PdfText { get; init; }

    /// <summary>The font table pdffonts prints for the PDF rendering; null for a Word document.</summary>
    public string? PdfFonts { get; init; }

    public bool IsLetter => Kind is GeneratedKind.ApprovalDecision or GeneratedKind.RemovalDecision or GeneratedKind.Submission or GeneratedKind.Notice or GeneratedKind.Report;

    public bool IsDecision => Kind is GeneratedKind.ApprovalDecision or GeneratedKind.RemovalDecision;

    /// <summary>QĐ, TTr, TB, BC, BB; null for the lists attached unnumbered.</summary>
    public string? Series => Kind switch
    {
        GeneratedKind.ApprovalDecision or GeneratedKind.RemovalDecision => "QĐ",
        GeneratedKind.Submission => "TTr",
        GeneratedKind.Notice => "TB",
        GeneratedKind.Report => "BC",
        GeneratedKind.Minutes => "BB",
        GeneratedKind.SummaryList or GeneratedKind.TallySummary => null,
    };

    public string Title => Kind switch
    {
        GeneratedKind.ApprovalDecision or GeneratedKind.RemovalDecision => "QUYẾT ĐỊNH",
        GeneratedKind.Submission => "TỜ TRÌNH",
        GeneratedKind.Notice => "THÔNG BÁO",
        GeneratedKind.Report => "BÁO CÁO",
        GeneratedKind.SummaryList => "DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH",
        GeneratedKind.Minutes => "BIÊN BẢN KIỂM PHIẾU",
        GeneratedKind.TallySummary => "BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU",
    };

    /// <summary>The paragraphs directly in the body (not in tables), in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => [.. Body.Elements<Paragraph>()];

    public Table Heading => Body.Elements<Table>().First();

    /// <summary>The "Nơi nhận" and signer table of an official letter.</summary>
    public Table? Foot => Body.Elements<Table>().FirstOrDefault(t => t.Descendants<TableCell>().FirstOrDefault()?.Elements<Paragraph>().FirstOrDefault()?.InnerText == "Nơi nhận:");

    /// <summary>Every paragraph's text, table cells included.</summary>
    public IEnumerable<string> AllText => Body.Descendants<Paragraph>().Select(p => p.InnerText);

    public SectionProperties Section => Body.Elements<SectionProperties>().Single();

    public static GeneratedDocument FromWord(byte[] bytes, Func<Body, Styles, IReadOnlyDictionary<string, Header>, GeneratedDocument> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        using var stream = new MemoryStream(bytes);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart!;
        var body = (Body)main.Document!.Body!.CloneNode(true);
        var headers = body.Elements<SectionProperties>().Single().Elements<HeaderReference>()
            .ToDictionary(r => r.Type!.Value == HeaderFooterValues.First ? "First" : "Default", r => (Header)((HeaderPart)main.GetPartById(r.Id!.Value!)).Header!.CloneNode(true));
        return make(body, (Styles)main.StyleDefinitionsPart!.Styles!.CloneNode(true), headers);
    }

    /// <summary>The cell's paragraphs' texts.</summary>
    public static List<string> Lines(OpenXmlElement cell) => [.. cell.Elements<Paragraph>().Select(p => p.InnerText)];

    /// <summary>The properties of a paragraph's first run that has text.</summary>
    public static RunProperties? FirstRun(Paragraph paragraph) =>
        paragraph.Elements<Run>().FirstOrDefault(r => r.InnerText.Length > 0)?.RunProperties;

    public static bool Bold(Paragraph p) => FirstRun(p)?.Bold is not null;

    public static bool Italic(Paragraph p) => FirstRun(p)?.Italic is not null;

    public static bool Underlined(Paragraph p) => FirstRun(p)?.Underline is not null;

    public static bool Centred(Paragraph p) => p.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center;

    public override string ToString() => Url;
}
