using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// Một cột chữ ký: the capacity lines in bold capitals ("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), then, for each signer, room
/// to sign and the full name in bold.
/// </summary>
/// <param name="Headings">Quyền hạn, chức vụ: one or more lines, shown in capitals.</param>
/// <param name="Names">Họ và tên of each signer, in order, under one another.</param>
public sealed record SignatureColumn(IReadOnlyList<string> Headings, IReadOnlyList<string> Names);

/// <summary>The signature area at the foot of a document: the columns side by side in a borderless table.</summary>
public static class SignatureBlock
{
    /// <summary>Blank lines left for a handwritten signature (and a seal, where one is affixed).</summary>
    public const int SignatureLines = 4;

    public static Table Create(IReadOnlyList<SignatureColumn> columns, int widthTwips)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("Cần ít nhất một cột chữ ký.", nameof(columns));
        }

        var width = widthTwips / columns.Count;
        var headingLines = columns.Max(c => c.Headings.Count);
        var table = WordTable.Create(Enumerable.Repeat(width, columns.Count).ToList(), bordered: false);
        WordTable.AppendRow(table, columns.Select(c => WordTable.Cell(width, Column(c, headingLines), top: true)));
        return table;
    }

    /// <summary>Shorter headings are padded with blank lines so the first names of all columns stand level.</summary>
    private static List<Paragraph> Column(SignatureColumn column, int headingLines)
    {
        var paragraphs = column.Headings
            .Select(h => Paragraphs.Centered(h.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), TextFormat.Strong))
            .ToList();
        paragraphs.AddRange(Enumerable.Range(0, headingLines - column.Headings.Count).Select(_ => Paragraphs.Blank()));
        foreach (var name in column.Names)
        {
            paragraphs.AddRange(Enumerable.Range(0, SignatureLines).Select(_ => Paragraphs.Blank()));
            paragraphs.Add(Paragraphs.Centered(name, TextFormat.Strong));
        }

        return paragraphs;
    }
}
