using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Planning;
using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Danh sách đề nghị: per title, the candidates selected at the final step (after any head decision), and the
/// proposals to remove cadres from the plan (by the removal vote, or automatically without a vote).
/// </summary>
internal static class ProposedListBuilder
{
    public static async Task<List<TableSheet>> BuildAsync(QuyHoachDbContext db, List<BallotContext> ballots, CancellationToken cancellationToken)
    {
        var round = ballots[0].At.Round;
        var titleIds = round.Titles.Select(t => t.TitleId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var decisions = await db.HeadDecisions.Where(d => ballots.Select(b => b.Ballot.Id).Contains(d.BallotId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var members = await db.SourceListEntries.Where(e => e.RoundId == round.Id && e.Kind == SourceEntryKind.PlanMember).ToListAsync(cancellationToken).ConfigureAwait(false);
        var automatic = members.Where(e => e.Action == PlanMemberAction.AutomaticRemoval).ToList();
        var cadreIds = ballots.SelectMany(b => b.Ballot.Candidates).Select(c => c.CadreId!.Value).Concat(automatic.Select(e => e.CadreId)).Distinct().ToList();
        var facts = await CandidateFacts.LoadAsync(db, round.Id, null, cadreIds, cancellationToken).ConfigureAwait(false);

        var proposed = new List<IReadOnlyList<string?>>();
        foreach (var b in ballots.Where(b => b.Ballot.Vote == VoteStep.Final).OrderBy(b => titles[b.Ballot.TitleId].Rank).ThenBy(b => titles[b.Ballot.TitleId].Code))
        {
            var whole = RoundBallots.BaseCount(b);
            foreach (var c in b.Ballot.Candidates.Where(c => c.Selected == true).OrderByDescending(c => c.Agree).ThenBy(c => c.Position))
            {
                var fact = facts[c.CadreId!.Value];
                var byHead = decisions.Any(d => d.ChosenCandidateIds.Contains(c.Id));
                proposed.Add([Number(proposed.Count + 1), titles[b.Ballot.TitleId].Name, fact.Code, c.FullName, fact.Birth.ToString(), TallyText.Of(fact.Sex), fact.CurrentTitle,
                    Number(c.Agree ?? 0), VoteRatio.Percent(c.Agree ?? 0, whole), TallyText.Result(c.Passed == true), byHead ? "Người đứng đầu quyết định (bằng phiếu)" : null]);
            }
        }

        var removals = new List<IReadOnlyList<string?>>();
        foreach (var b in ballots.Where(b => b.Ballot.Vote == VoteStep.Removal))
        {
            var whole = RoundBallots.BaseCount(b);
            foreach (var c in b.Ballot.Candidates.Where(c => c.Passed == true))
            {
                var grounds = members.FirstOrDefault(e => e.TitleId == b.Ballot.TitleId && e.CadreId == c.CadreId)?.Grounds;
                removals.Add([Number(removals.Count + 1), titles[b.Ballot.TitleId].Name, facts[c.CadreId!.Value].Code, c.FullName,
                    $"Biểu quyết tại bước {b.At.Step.Number}", Number(c.Agree ?? 0), VoteRatio.Percent(c.Agree ?? 0, whole), grounds]);
            }
        }

        foreach (var e in automatic.OrderBy(e => titles[e.TitleId].Rank).ThenBy(e => facts[e.CadreId].Code, StringComparer.Ordinal))
        {
            removals.Add([Number(removals.Count + 1), titles[e.TitleId].Name, facts[e.CadreId].Code, facts[e.CadreId].FullName, "Đưa ra khỏi quy hoạch không biểu quyết (R-REM-AUTO)", null, null, e.Grounds]);
        }

        return
        [
            new TableSheet("Đề nghị quy hoạch", ProposedColumns, proposed),
            new TableSheet("Đưa ra khỏi quy hoạch", RemovalColumns, removals),
        ];
    }

    private static readonly SheetColumn[] ProposedColumns =
    [
        new("STT", 6), new("Chức danh quy hoạch", 24, Wrap: true), new("Mã cán bộ", 12, Text: true), new("Họ và tên", 24), new("Ngày sinh", 12, Text: true),
        new("Giới tính", 9), new("Chức vụ hiện tại", 28, Wrap: true), new("Phiếu đồng ý", 10), new("Tỉ lệ", 10, Text: true), new("Kết quả", 10), new("Ghi chú", 30, Wrap: true),
    ];

    private static readonly SheetColumn[] RemovalColumns =
    [
        new("STT", 6), new("Chức danh quy hoạch", 24, Wrap: true), new("Mã cán bộ", 12, Text: true), new("Họ và tên", 24), new("Hình thức", 30, Wrap: true),
        new("Phiếu đồng ý", 10), new("Tỉ lệ", 10, Text: true), new("Căn cứ", 40, Wrap: true),
    ];

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
