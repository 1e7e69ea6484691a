using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// Phần đầu văn bản: the borderless two-column heading table. Left: the superior body, the issuing body in bold
/// capitals, then "*" (HD 36-HD/VPTW) or a short rule (NĐ 30/2020), then the document number. Right: "ĐẢNG CỘNG SẢN
/// VIỆT NAM" underlined (Party) or the Quốc hiệu and the underlined Tiêu ngữ (State), then the place and date line in
/// italics, level with the number.
/// </summary>
public static class OfficialHeading
{
    public const string PartyTitle = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public const string StateTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string StateMotto = "Độc lập - Tự do - Hạnh phúc";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="body">The issuing body.</param>
    /// <param name="date">The document's date.</param>
    /// <param name="number">"Số 12-BB/ĐU" or "Số: 12/BB-SCT" as the body numbers it; null for documents without one.</param>
    /// <param name="widthTwips">The text width of the page.</param>
    public static Table Create(IssuingBody body, DateOnly date, string? number, int widthTwips)
    {
        ArgumentNullException.ThrowIfNull(body);
        var party = body.Kind == BodyKind.Party;
        var leftWidth = widthTwips * (party ? 45 : 40) / 100;
        var rightWidth = widthTwips - leftWidth;
        var table = WordTable.Create([leftWidth, rightWidth], bordered: false);
        var nameSize = party ? 14 : 13;

        var left = new List<Paragraph>();
        if (!string.IsNullOrWhiteSpace(body.Superior))
        {
            left.Add(Paragraphs.Centered(body.Superior.ToUpper(Vietnamese), TextFormat.Plain.WithSize(nameSize)));
        }

        var name = body.Name.ToUpper(Vietnamese);
        left.Add(Paragraphs.Centered(name, TextFormat.Strong.WithSize(nameSize)));
        left.Add(party
            ? Paragraphs.Centered("*", TextFormat.Plain.WithSize(nameSize))
            : Paragraphs.Rule(leftWidth - (2 * WordTable.CellMarginTwips), EstimatedWidth(name, nameSize) * 2 / 5));

        var right = party
            ? new List<Paragraph> { Paragraphs.Centered(PartyTitle, new TextFormat(Bold: true, Underline: true, SizePoints: 15)) }
            : [
                Paragraphs.Centered(StateTitle, TextFormat.Strong.WithSize(12)),
                Paragraphs.Centered(StateMotto, new TextFormat(Bold: true, Underline: true, SizePoints: 13)),
            ];

        WordTable.AppendRow(table, [WordTable.Cell(leftWidth, left, top: true), WordTable.Cell(rightWidth, right, top: true)]);
        var numberLine = Paragraphs.Centered(number ?? "", TextFormat.Plain.WithSize(nameSize), spaceBeforePoints: 4);
        var dateLine = Paragraphs.Centered(VietnameseDate.Line(body.Place, date), TextFormat.Emphasis.WithSize(14), spaceBeforePoints: 4);
        WordTable.AppendRow(table, [WordTable.Cell(leftWidth, [numberLine]), WordTable.Cell(rightWidth, [dateLine])]);
        return table;
    }

    /// <summary>A rough width of a line of capitals in Times New Roman (0.65 em a letter), for the short rule.</summary>
    private static int EstimatedWidth(string text, int points) => text.Length * points * 13;
}
