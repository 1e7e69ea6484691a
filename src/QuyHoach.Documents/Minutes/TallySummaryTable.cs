using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Minutes;

/// <summary>
/// The summary table: two header rows (repeated on every page) with the candidate columns merged down and each step
/// spanning its four columns (agree, base, ratio, result), then title group rows and candidate rows.
/// </summary>
internal static class TallySummaryTable
{
    public const int Points = 9;

    private const string NotVoted = "-";
    private static readonly string[] Leading = ["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại", "Đối tượng"];

    // Widths in twips for landscape A4 (14,287 twips of text) with three steps, scaled to the actual width and step
    // count; at 9 pt each narrow column holds its longest word ("Triệu", "tượng", "Không") or value ("100,00%").
    private static readonly int[] LeadingWeights = [360, 1500, 960, 480, 1500, 620];
    private static readonly int[] StepWeights = [560, 580, 860, 640];
    private const int NoteWeight = 947;

    public static Table Create(TallySummary summary, int widthTwips)
    {
        var widths = Widths(summary.Steps.Count, widthTwips);
        var table = WordTable.Create(widths, bordered: true, WordTable.NarrowCellMarginTwips);
        var bold = new TextFormat(Bold: true, SizePoints: Points);
        var plain = TextFormat.Plain.WithSize(Points);
        var center = JustificationValues.Center;
        var note = widths.Length - 1;

        var first = Leading.Select((h, i) => WordTable.TextCell(widths[i], h, bold, center, merge: MergedCell.Start)).ToList();
        first.AddRange(summary.Steps.Select((s, k) => WordTable.TextCell(StepWidth(widths, k), s.Name, bold, center, span: 4)));
        first.Add(WordTable.TextCell(widths[note], "Ghi chú", bold, center, merge: MergedCell.Start));
        WordTable.AppendRow(table, first, header: true);

        var second = Leading.Select((_, i) => WordTable.TextCell(widths[i], "", bold, center, merge: MergedCell.Continue)).ToList();
        for (var k = 0; k < summary.Steps.Count; k++)
        {
            string[] labels = ["Đồng ý", TallyText.ColumnOf(summary.Steps[k].Base), "Tỉ lệ", "Kết quả"];
            second.AddRange(labels.Select((l, j) => WordTable.TextCell(widths[Leading.Length + (4 * k) + j], l, bold, center)));
        }

        second.Add(WordTable.TextCell(widths[note], "", bold, center, merge: MergedCell.Continue));
        WordTable.AppendRow(table, second, header: true);

        var group = 0;
        foreach (var title in summary.Titles)
        {
            WordTable.AppendGroupRow(table, TallyText.TitleGroup(++group, title.PlannedTitle), bold, widths.Length);
            foreach (var c in title.Candidates)
            {
                var values = new List<string>
                {
                    c.Number.ToString(CultureInfo.InvariantCulture), c.FullName, c.BirthDate.ToString(), TallyText.Of(c.Sex), c.CurrentTitle, c.SourceGroup,
                };
                values.AddRange(c.Votes.SelectMany(Cells));
                values.Add(c.Note ?? "");
                WordTable.AppendRow(table, values.Select((v, i) => WordTable.TextCell(widths[i], v, plain, i is 1 or 4 || i == note ? JustificationValues.Left : center)));
            }
        }

        return table;
    }

    /// <summary>Every candidate needs one entry per step (null for a step they were not voted at).</summary>
    public static void Check(TallySummary summary)
    {
        foreach (var c in summary.Titles.SelectMany(t => t.Candidates).Where(c => c.Votes.Count != summary.Steps.Count))
        {
            throw new ArgumentException($"{c.FullName}: {c.Votes.Count} kết quả cho {summary.Steps.Count} bước.", nameof(summary));
        }
    }

    private static IEnumerable<string> Cells(StepVote? vote) => vote is null
        ? [NotVoted, NotVoted, NotVoted, NotVoted]
        : [vote.Agree.ToString(CultureInfo.InvariantCulture), vote.Base.ToString(CultureInfo.InvariantCulture), VoteRatio.Percent(vote.Agree, vote.Base), TallyText.Result(vote.Passed)];

    private static int StepWidth(int[] widths, int step) => widths.Skip(Leading.Length + (4 * step)).Take(4).Sum();

    private static int[] Widths(int steps, int widthTwips)
    {
        var weights = LeadingWeights.Concat(Enumerable.Repeat(StepWeights, steps).SelectMany(w => w)).Append(NoteWeight).ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => widthTwips * w / total).ToArray();
        widths[^1] += widthTwips - widths.Sum();
        return widths;
    }
}
