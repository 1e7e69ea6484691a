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

    /// <summary>
    /// "Nơi nhận" on the left (bold italic label in 12 pt, one recipient a line in 11 pt; NĐ 30/2020 and HD 36) and one
    /// signer on the right: the foot of submissions, decisions and notices.
    /// </summary>
    public static Table WithRecipients(IReadOnlyList<string> recipients, SignatureColumn signer, int widthTwips)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(signer);
        var left = widthTwips * 45 / 100;
        var right = widthTwips - left;
        var table = WordTable.Create([left, right], bordered: false);
        var lines = new List<Paragraph> { Paragraphs.Of(JustificationValues.Left, 0, 0, new TextFormat(Bold: true, Italic: true, SizePoints: 12).ToRun("Nơi nhận:")) };
        lines.AddRange(recipients.Select(r => Paragraphs.Of(JustificationValues.Left, 0, 0, TextFormat.Plain.WithSize(11).ToRun($"- {r}"))));
        WordTable.AppendRow(table, [WordTable.Cell(left, lines, top: true), WordTable.Cell(right, Column(signer, signer.Headings.Count), top: true)]);
        return table;
    }

    /// <summary>
    /// The recipients as each layout ends them: "- Như Điều 3," … "- Lưu Văn phòng Tỉnh ủy." (HD 36-HD/VPTW) or
    /// "- Như Điều 3;" … "- Lưu: VT." (NĐ 30/2020): every line but the last with a comma or semicolon, the last with a
    /// full stop.
    /// </summary>
    public static IReadOnlyList<string> Punctuated(BodyKind kind, IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var separator = kind == BodyKind.Party ? "," : ";";
        return recipients.Select((r, i) => r.TrimEnd(',', ';', '.', ' ') + (i == recipients.Count - 1 ? "." : separator)).ToList();
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
