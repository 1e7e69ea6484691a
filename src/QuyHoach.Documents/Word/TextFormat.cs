using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>How a run of text looks: bold, italic, underlined, and its size in points (null: the document's 14 pt).</summary>
public readonly record struct TextFormat(bool Bold = false, bool Italic = false, bool Underline = false, int? SizePoints = null)
{
    public static TextFormat Plain { get; }

    public static TextFormat Strong { get; } = new(Bold: true);

    public static TextFormat Emphasis { get; } = new(Italic: true);

    public TextFormat WithSize(int points) => this with { SizePoints = points };

    /// <summary>A run holding <paramref name="text"/>; line breaks in the text become Word line breaks.</summary>
    public Run ToRun(string text)
    {
        var run = new Run(ToRunProperties());
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public RunProperties ToRunProperties()
    {
        var properties = new RunProperties();
        if (Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        if (SizePoints is int points)
        {
            var halfPoints = Twips.Text(points * 2);
            properties.FontSize = new FontSize { Val = halfPoints };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints };
        }

        if (Underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        return properties;
    }
}
