using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Drawing;
using QuyHoach.Documents.Pdf;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Layout;

/// <summary>
/// The layout rules every Word document follows, whatever it says: page numbers (a PAGE field, top centre, from page 2),
/// the size of the kind of document, the mark under the trích yếu. Each file is reopened from its bytes.
/// </summary>
public class OfficialLayoutTests
{
    [Theory]
    [MemberData(nameof(OfficialLayoutDocs.All), MemberType = typeof(OfficialLayoutDocs))]
    public void Write_EveryDocument_PageFieldTopCentreFromPageTwo(string name, BodyKind kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(OfficialLayoutDocs.Write(name, kind)), false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => (HeaderPart)main.GetPartById(r.Id!));
        var first = references[HeaderFooterValues.First].Header!;
        Assert.Empty(first.Descendants<FieldCode>());
        Assert.Equal("", first.InnerText);

        var numbered = Assert.Single(references[HeaderFooterValues.Default].Header!.Elements<Paragraph>());
        Assert.Equal(JustificationValues.Center, numbered.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("PAGE", Assert.Single(numbered.Descendants<FieldCode>()).Text.Trim());
        Assert.All(numbered.Elements<Run>(), r => Assert.Equal("28", r.RunProperties!.FontSize!.Val!.Value));
        Assert.Empty(main.FooterParts);
    }

    [Theory]
    [MemberData(nameof(OfficialLayoutDocs.All), MemberType = typeof(OfficialLayoutDocs))]
    public void Write_EveryDocument_KindOfDocumentBoldAtItsLayoutsSize(string name, BodyKind kind)
    {
        var paragraphs = TopLevel(OfficialLayoutDocs.Write(name, kind));

        var title = paragraphs.First(p => Text(p) == OfficialLayoutDocs.Kinds[name]);
        // HD 36-HD/VPTW: 15–16 pt; NĐ 30/2020: 13–14 pt; half-points in the file.
        var expected = kind == BodyKind.Party ? "30" : "28";
        Assert.All(title.Elements<Run>(), r =>
        {
            Assert.Equal(expected, r.RunProperties!.FontSize!.Val!.Value);
            Assert.NotNull(r.RunProperties.Bold);
        });
    }

    [Theory]
    [MemberData(nameof(OfficialLayoutDocs.Subjects), MemberType = typeof(OfficialLayoutDocs))]
    public void Write_EveryDocumentWithSubject_MarkUnderTheSubject(string name, BodyKind kind)
    {
        var paragraphs = TopLevel(OfficialLayoutDocs.Write(name, kind));
        var at = paragraphs.FindIndex(p => Text(p) == OfficialLayoutDocs.Kinds[name]);
        var subject = Text(paragraphs[at + 1]);
        var mark = paragraphs[at + 2];

        if (kind == BodyKind.Party)
        {
            Assert.Equal("-----", Text(mark));
            return;
        }

        // NĐ 30/2020: a solid line under the trích yếu, 1/3 to 1/2 as long as its line, centred. The line is measured in
        // Liberation Serif Bold, which has Times New Roman's metrics.
        var border = mark.ParagraphProperties!.ParagraphBorders!.TopBorder!;
        Assert.Equal(BorderValues.Single, border.Val!.Value);
        Assert.Equal("", Text(mark));
        var indentation = mark.ParagraphProperties.Indentation!;
        Assert.Equal(indentation.Left!.Value, indentation.Right!.Value);
        var textWidth = (name == "tally-summary" ? PageLayout.LandscapePage : PageLayout.Portrait).TextWidthTwips;
        var rule = textWidth - (2 * int.Parse(indentation.Left.Value!, System.Globalization.CultureInfo.InvariantCulture));
        var line = Math.Min(textWidth, subject.Split('\n').Max(MeasuredTwips));
        Assert.InRange(rule / line, 1.0 / 3, 1.0 / 2);
    }

    private static double MeasuredTwips(string line)
    {
        PdfFonts.EnsureInstalled();
        using var graphics = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        return graphics.MeasureString(line, new XFont(VietnameseFontResolver.FamilyName, OfficialDocument.BodyPoints, XFontStyleEx.Bold)).Width * 20;
    }

    private static List<Paragraph> TopLevel(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => (Paragraph)p.CloneNode(true))];
    }

    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" }));
}
