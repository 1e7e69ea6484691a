using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// A Word document in the official layout: A4 (<see cref="PageLayout"/>), Times New Roman 14 pt for every script
/// (Latin, East-Asian and complex-script fonts all set, so Vietnamese never falls back to another face), single line
/// spacing, page numbers from page 2 (<see cref="PageNumbers"/>). Append paragraphs and tables in order, then
/// <see cref="Dispose"/> to save.
/// </summary>
public sealed class OfficialDocument : IDisposable
{
    /// <summary>The font of NĐ 30/2020 (Unicode, TCVN 6909:2001) and HD 36-HD/VPTW.</summary>
    public const string FontName = "Times New Roman";

    /// <summary>Body text size in points (NĐ 30/2020: 13–14 pt).</summary>
    public const int BodyPoints = 14;

    private readonly WordprocessingDocument package;
    private readonly Body body;
    private readonly IReadOnlyList<HeaderReference> headers;

    private OfficialDocument(Stream output, PageLayout layout, string title)
    {
        Layout = layout;
        package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = title;
        package.PackageProperties.Language = "vi-VN";
        var main = package.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = DefaultStyles();
        headers = PageNumbers.AddHeaders(main);
        body = new Body();
        main.Document = new Document(body);
    }

    public PageLayout Layout { get; }

    /// <summary>Starts a document written to <paramref name="output"/> (which must be writable and seekable).</summary>
    public static OfficialDocument Create(Stream output, PageLayout layout, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(layout);
        return new OfficialDocument(output, layout, title);
    }

    public void Append(params OpenXmlElement[] elements) => body.Append(elements);

    public void Dispose()
    {
        body.Append(Layout.ToSectionProperties(headers));
        package.MainDocumentPart!.Document.Save();
        package.Dispose();
    }

    private static Styles DefaultStyles()
    {
        var fonts = new RunFonts { Ascii = FontName, HighAnsi = FontName, EastAsia = FontName, ComplexScript = FontName };
        var size = Twips.Text(BodyPoints * 2);
        var runDefaults = new RunPropertiesDefault(new RunPropertiesBaseStyle(
            fonts,
            new FontSize { Val = size },
            new FontSizeComplexScript { Val = size },
            new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" }));
        var paragraphDefaults = new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        return new Styles(new DocDefaults(runDefaults, paragraphDefaults), normal);
    }
}
