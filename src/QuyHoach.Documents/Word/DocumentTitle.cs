using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// Tên loại văn bản và trích yếu nội dung: the kind of document ("QUYẾT ĐỊNH", "TỜ TRÌNH") in bold capitals, the
/// subject in bold under it, then the mark under the subject. Sizes and marks per layout: a Party body's kind in 15 pt
/// (HD 36-HD/VPTW: 15–16) with "-----" under the subject; a State body's kind in 14 pt (NĐ 30/2020 Phụ lục I: 13–14)
/// with a solid centred rule 2/5 as long as the subject's longest line (NĐ 30/2020: 1/3 to 1/2). The subject is in
/// the body's 14 pt (HD 36: 14–15; NĐ 30: 13–14).
/// </summary>
public static class DocumentTitle
{
    public const int PartyKindPoints = 15;
    public const int StateKindPoints = 14;

    /// <summary>The rule's length as a fraction of the subject's line (NĐ 30/2020: between 1/3 and 1/2).</summary>
    public const int RuleFifths = 2;

    /// <summary>The format of the kind of document for a body of <paramref name="kind"/>.</summary>
    public static TextFormat KindFormat(BodyKind kind) =>
        TextFormat.Strong.WithSize(kind == BodyKind.Party ? PartyKindPoints : StateKindPoints);

    /// <summary>The kind, the subject and the mark under it, each a centred paragraph.</summary>
    public static Paragraph[] Create(BodyKind kind, string documentKind, string subject, int widthTwips, int spaceBeforePoints = 18)
    {
        ArgumentNullException.ThrowIfNull(documentKind);
        ArgumentNullException.ThrowIfNull(subject);
        return
        [
            Paragraphs.Centered(documentKind, KindFormat(kind), spaceBeforePoints),
            Paragraphs.Centered(subject, TextFormat.Strong),
            SubjectMark(kind, subject, widthTwips),
        ];
    }

    /// <summary>"-----" (Party) or the short rule (State) under a subject set in bold 14 pt.</summary>
    public static Paragraph SubjectMark(BodyKind kind, string subject, int widthTwips)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (kind == BodyKind.Party)
        {
            return Paragraphs.Centered("-----", TextFormat.Strong);
        }

        var line = Math.Min(widthTwips, subject.Split('\n').Max(l => EstimatedWidth(l, OfficialDocument.BodyPoints)));
        return Paragraphs.Rule(widthTwips, line * RuleFifths / 5);
    }

    /// <summary>
    /// A rough width in twips of a line of bold Times New Roman: 0.5 em a character, about what Vietnamese text with
    /// its spaces and few capitals averages. 2/5 of it stays within 1/3 to 1/2 of the real width if it is 20% off.
    /// </summary>
    public static int EstimatedWidth(string line, int points)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length * points * 10;
    }
}
