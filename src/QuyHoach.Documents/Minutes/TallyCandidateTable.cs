using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Minutes;

/// <summary>
/// The result table of the minutes: a repeated header row, then for each planned title a full-width row naming it
/// and one row per candidate with the agree votes, the ratio against the step's base, the result and the rank.
/// </summary>
internal static class TallyCandidateTable
{
    public const int Points = 10;

    private static readonly string[] Headings =
        ["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại", "Đối tượng", "Số phiếu đồng ý", "Tỉ lệ", "Kết quả", "Xếp thứ", "Ghi chú"];

    // Widths in twips on portrait A4 (9,355 twips of text), scaled to the actual width: each number column is just
    // wide enough for its widest value in 10 pt ("15/03/1972", "100,00%", "Không đạt"); names and titles wrap.
    private static readonly int[] Weights = [420, 1470, 1060, 520, 1500, 650, 640, 880, 960, 480, 775];

    public static Table Create(TallyMinutes minutes, int widthTwips)
    {
        var widths = Widths(widthTwips);
        var table = WordTable.Create(widths, bordered: true, WordTable.NarrowCellMarginTwips);
        var heading = new TextFormat(Bold: true, SizePoints: Points);
        WordTable.AppendRow(table, Headings.Select((h, i) => WordTable.TextCell(widths[i], h, heading, JustificationValues.Center)), header: true);
        var plain = TextFormat.Plain.WithSize(Points);
        var groupNumber = 0;
        foreach (var title in minutes.Titles)
        {
            groupNumber++;
            WordTable.AppendGroupRow(table, TallyText.TitleGroup(groupNumber, title.PlannedTitle), heading, widths.Length);
            foreach (var c in title.Candidates)
            {
                string[] values =
                [
                    c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), c.FullName, c.BirthDate.ToString(),
                    TallyText.Of(c.Sex), c.CurrentTitle, c.SourceGroup, c.Agree.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    VoteRatio.Percent(c.Agree, minutes.BaseCount), TallyText.Result(c.Passed),
                    c.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", c.Note ?? "",
                ];
                WordTable.AppendRow(table, values.Select((v, i) => WordTable.TextCell(widths[i], v, plain, Alignment(i))));
            }
        }

        return table;
    }

    private static JustificationValues Alignment(int column) =>
        column is 1 or 4 or 10 ? JustificationValues.Left : JustificationValues.Center;

    private static int[] Widths(int widthTwips)
    {
        var total = Weights.Sum();
        var widths = Weights.Select(w => widthTwips * w / total).ToArray();
        widths[^1] += widthTwips - widths.Sum();
        return widths;
    }
}
