using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>Paragraph factory for official documents: centred titles, justified body text, spacing in points.</summary>
public static class Paragraphs
{
    /// <summary>Body indentation of the first line (NĐ 30/2020: 1–1.27 cm).</summary>
    public const int FirstLineIndentTwips = 567;

    /// <summary>A centred paragraph of one run.</summary>
    public static Paragraph Centered(string text, TextFormat format, int spaceBeforePoints = 0, int spaceAfterPoints = 0) =>
        Of(JustificationValues.Center, spaceBeforePoints, spaceAfterPoints, format.ToRun(text));

    /// <summary>A justified body paragraph with the first line indented, 6 pt before it.</summary>
    public static Paragraph Body(string text, TextFormat format = default) => Body(format.ToRun(text));

    /// <summary>A justified body paragraph made of several runs (e.g. a bold label and plain text).</summary>
    public static Paragraph Body(params Run[] runs)
    {
        var paragraph = Of(JustificationValues.Both, 6, 0, runs);
        paragraph.ParagraphProperties!.Indentation = new Indentation { FirstLine = Twips.Text(FirstLineIndentTwips) };
        return paragraph;
    }

    /// <summary>A paragraph with the given alignment and runs; spacing in points, single line spacing.</summary>
    public static Paragraph Of(JustificationValues alignment, int spaceBeforePoints, int spaceAfterPoints, params Run[] runs)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Twips.Text(spaceBeforePoints * 20),
                After = Twips.Text(spaceAfterPoints * 20),
            },
            Justification = new Justification { Val = alignment },
        };
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>An empty line of the given height in points, for vertical space that survives editing.</summary>
    public static Paragraph Blank(int points = 14)
    {
        var paragraph = Of(JustificationValues.Left, 0, 0);
        paragraph.ParagraphProperties!.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
            new FontSize { Val = Twips.Text(points * 2) });
        return paragraph;
    }

    /// <summary>
    /// A centred horizontal line <paramref name="lengthTwips"/> long inside a space <paramref name="widthTwips"/>
    /// wide: the short rule under the issuing body's name (NĐ 30/2020 Phụ lục I) drawn as a paragraph border, so it
    /// moves with the text.
    /// </summary>
    public static Paragraph Rule(int widthTwips, int lengthTwips)
    {
        var side = Twips.Text(Math.Max(0, (widthTwips - lengthTwips) / 2));
        var paragraph = Blank(2);
        var properties = paragraph.ParagraphProperties!;
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "0" };
        properties.ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "000000" });
        properties.Indentation = new Indentation { Left = side, Right = side };
        return paragraph;
    }
}
