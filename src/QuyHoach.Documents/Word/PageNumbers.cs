using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// Số trang: Arabic numerals, upright, 14 pt, centred in the top margin, and none on the first page (NĐ 30/2020
/// Phụ lục I: 13–14 pt; HD 36-HD/VPTW: 14 pt). A Word document gets two headers: an empty one for the first page
/// (the section's titlePg) and one holding a PAGE field for every other page, so the numbers stay right as the
/// document is edited. The PDF writer draws the same label.
/// </summary>
public static class PageNumbers
{
    public const int Points = 14;

    /// <summary>The label printed on page <paramref name="pageNumber"/> (1-based); null on the first page.</summary>
    public static string? Label(int pageNumber) =>
        pageNumber < 2 ? null : pageNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds the first-page and the numbered header parts; returns their references for the section.</summary>
    public static IReadOnlyList<HeaderReference> AddHeaders(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(Paragraphs.Of(JustificationValues.Center, 0, 0));
        first.Header.Save();
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(NumberParagraph());
        numbered.Header.Save();
        return
        [
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
        ];
    }

    /// <summary>A centred paragraph holding the field { PAGE } (its cached result "2", the first numbered page).</summary>
    private static Paragraph NumberParagraph()
    {
        var format = TextFormat.Plain.WithSize(Points);
        Run Part(OpenXmlElement content) => new(format.ToRunProperties(), content);
        return Paragraphs.Of(JustificationValues.Center, 0, 0,
            Part(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Part(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Part(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Part(new Text(Label(2)!)),
            Part(new FieldChar { FieldCharType = FieldCharValues.End }));
    }
}
