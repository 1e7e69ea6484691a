namespace QuyHoach.Documents.Ballots;

/// <summary>One table row of a ballot page: a printed candidate or a write-in line.</summary>
/// <param name="Number">Số thứ tự on the sheet.</param>
/// <param name="Candidate">The printed candidate; null for a write-in line.</param>
/// <param name="Top">The row's top edge in millimetres.</param>
public sealed record BallotRow(int Number, BallotCandidate? Candidate, double Top);

/// <summary>One page of a ballot: its rows and where its table header stands.</summary>
public sealed record BallotPagePlan(int Page, double TableTop, IReadOnlyList<BallotRow> Rows);

/// <summary>
/// Dàn trang phiếu: splits a ballot's lines (candidates, then write-in lines) over pages of fixed rows and gives both
/// the PDF writer and the reader the same positions (<see cref="BallotLayout"/>).
/// </summary>
public static class BallotLayoutPlanner
{
    /// <summary>Height of the table's header row.</summary>
    public const double HeaderRowHeight = 9;

    /// <summary>Where the table header stands on the first page (below the heading and the instruction).</summary>
    public const double FirstTableTop = 101;

    /// <summary>Where it stands on the following pages (below a one-line reminder of the ballot).</summary>
    public const double NextTableTop = 32;

    /// <summary>The pages of <paramref name="paper"/>.</summary>
    public static IReadOnlyList<BallotPagePlan> Pages(BallotPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var lines = paper.Candidates.Select(c => (BallotCandidate?)c)
            .Concat(Enumerable.Repeat<BallotCandidate?>(null, paper.WriteInLines)).ToList();
        var pages = new List<BallotPagePlan>();
        var index = 0;
        do
        {
            var tableTop = pages.Count == 0 ? FirstTableTop : NextTableTop;
            var firstRow = tableTop + HeaderRowHeight;
            var capacity = (int)((BallotGeometry.RowsBottom - firstRow) / BallotGeometry.RowHeight);
            var rows = new List<BallotRow>();
            for (var r = 0; r < capacity && index < lines.Count; r++, index++)
            {
                rows.Add(new BallotRow(index + 1, lines[index], firstRow + (r * BallotGeometry.RowHeight)));
            }

            pages.Add(new BallotPagePlan(pages.Count + 1, tableTop, rows));
        }
        while (index < lines.Count);

        return pages;
    }

    /// <summary>The layout description of <paramref name="paper"/>: every mark box in millimetres.</summary>
    public static BallotLayout Layout(BallotPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var columns = BallotGeometry.Columns;
        var boxColumn = BallotGeometry.Left + columns[0] + columns[1] + columns[2];
        var boxX = boxColumn + ((columns[3] - BallotGeometry.BoxSize) / 2);
        var pages = Pages(paper).Select(p => new PageLayout(p.Page, [.. p.Rows.Select(row =>
        {
            var box = new MmRect(boxX, row.Top + ((BallotGeometry.RowHeight - BallotGeometry.BoxSize) / 2), BallotGeometry.BoxSize, BallotGeometry.BoxSize);
            var writeIn = row.Candidate is null
                ? new MmRect(BallotGeometry.Left + columns[0], row.Top, columns[1] + columns[2], BallotGeometry.RowHeight)
                : null;
            return new MarkBox(row.Candidate?.LineId, box, writeIn);
        })])).ToList();
        return new BallotLayout(paper.BallotKey, paper.Kind, paper.Quota, pages);
    }
}
