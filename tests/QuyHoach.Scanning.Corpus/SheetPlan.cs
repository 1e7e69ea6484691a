using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning.Corpus;

/// <summary>What the marking program does to one sheet, and so what the reader must find.</summary>
public sealed class SheetPlan
{
    public const string Twice = "twice";

    private readonly List<(int Line, MarkStyle Style)> marks = [];

    private SheetPlan(BallotPaper paper, string scenario, SheetOutcome expected)
    {
        Paper = paper;
        Scenario = scenario;
        Expected = expected;
    }

    public BallotPaper Paper { get; }

    public string Scenario { get; }

    public SheetOutcome Expected { get; }

    /// <summary>The printed lines marked for certain.</summary>
    public IReadOnlySet<string> MarkedLines => marks.Where(m => m.Style != MarkStyle.Faint && m.Line < Paper.Candidates.Count)
        .Select(m => Paper.Candidates[m.Line].LineId).ToHashSet();

    /// <summary>The plan of sheet <paramref name="i"/>: fixed places hold the doubtful cases of <paramref name="mix"/>
    /// (<see cref="CorpusMixes.Doubtful"/>), the rest are ordinary sheets (<see cref="Voter"/>) with up to the quota
    /// marked, over the quota or blank.</summary>
    public static SheetPlan For(int i, Random random, CorpusMix mix = CorpusMix.Stress)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ballots = CorpusBallots.Counted;
        var paper = ballots[(i * 7 / 3) % ballots.Count];
        SheetPlan plan;
        switch (CorpusMixes.Doubtful(mix, i))
        {
            case CorpusMixes.Faint:
                plan = new SheetPlan(paper, CorpusMixes.Faint, SheetOutcome.Review);
                plan.Ordinary(random, Math.Max(0, paper.Quota - 1));
                plan.marks.Add((plan.FreeLine(random), MarkStyle.Faint));
                return plan;
            case CorpusMixes.Corrected:
                plan = new SheetPlan(paper, CorpusMixes.Corrected, SheetOutcome.Review);
                plan.Ordinary(random, Math.Max(0, paper.Quota - 1));
                plan.marks.Add((plan.FreeLine(random), MarkStyle.Corrected));
                return plan;
            case CorpusMixes.WriteIn:
                plan = new SheetPlan(CorpusBallots.HeadOfDivision, CorpusMixes.WriteIn, SheetOutcome.Review);
                plan.Ordinary(random, plan.Paper.Quota - 1);
                plan.marks.Add((plan.Paper.Candidates.Count, MarkStyle.Crossed));
                return plan;
            case CorpusMixes.OtherBallot:
                plan = new SheetPlan(CorpusBallots.Stranger, CorpusMixes.OtherBallot, SheetOutcome.Review);
                plan.Ordinary(random, 1);
                return plan;
            case Twice:
                // A one-page sheet, so that "the earlier scan counts" is a matter of one page each.
                plan = new SheetPlan(paper == CorpusBallots.DeputyHeads ? CorpusBallots.HeadOfDivision : paper, Twice, SheetOutcome.Valid);
                plan.Ordinary(random, random.Next(1, plan.Paper.Quota + 1));
                return plan;
            default:
                return (i % 100) is 3 or 13 or 29 or 37 or 63 or 83
                    ? Voter(i, random, paper.Kind == BallotPaperKind.Nomination ? paper : CorpusBallots.DeputyDirector)
                    : Voter(i, random, paper);
        }
    }

    /// <summary>The plan of sheet <paramref name="i"/> of <paramref name="paper"/> as an ordinary voter marks it: in
    /// every hundred sheets, 6 over the quota (where the paper has more lines than its quota) and 2 blank; the rest
    /// with one name up to the quota marked (filled, ticked or crossed).</summary>
    public static SheetPlan Voter(int i, Random random, BallotPaper paper)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(paper);
        SheetPlan plan;
        switch (i % 100)
        {
            case 3 or 13 or 29 or 37 or 63 or 83 when paper.Candidates.Count > paper.Quota:
                plan = new SheetPlan(paper, "over-quota", SheetOutcome.Invalid);
                plan.Ordinary(random, Math.Min(paper.Candidates.Count, paper.Quota + 1 + random.Next(2)));
                return plan;
            case 5 or 45:
                return new SheetPlan(paper, "blank", SheetOutcome.Valid);
            default:
                plan = new SheetPlan(paper, "normal", SheetOutcome.Valid);
                plan.Ordinary(random, random.Next(1, paper.Quota + 1));
                return plan;
        }
    }

    /// <summary>Draws the marks on the sheet's upright page rasters.</summary>
    public void Draw(IReadOnlyList<GreyImage> pages, double pixelsPerMm, Random random)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(random);
        var layout = BallotLayoutPlanner.Layout(Paper);
        var boxes = layout.Pages.SelectMany(p => p.Boxes.Select(b => (p.Page, b))).ToList();
        foreach (var (line, style) in marks)
        {
            var (page, box) = boxes[line];
            var raster = pages[page - 1];
            var pen = new Pen(raster.Pixels, raster.Width, raster.Height, pixelsPerMm, random);
            pen.Mark(box.Box, style);
            if (box.WriteInArea is { } area)
            {
                pen.Scribble(area);
            }
        }
    }

    private void Ordinary(Random random, int count)
    {
        MarkStyle[] styles = [MarkStyle.Filled, MarkStyle.Ticked, MarkStyle.Crossed];
        foreach (var line in Enumerable.Range(0, Paper.Candidates.Count).OrderBy(_ => random.Next()).Take(count))
        {
            marks.Add((line, styles[random.Next(styles.Length)]));
        }
    }

    private int FreeLine(Random random) =>
        Enumerable.Range(0, Paper.Candidates.Count).Where(l => marks.All(m => m.Line != l)).OrderBy(_ => random.Next()).First();
}
