using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Danh sách đề nghị: per title, the candidates selected at the final step (after any head decision), and the
/// proposals to remove cadres from the plan (by the removal vote, or automatically without a vote). The voted parts
/// come from the Domain's RoundProposals over the ballots' recorded outcomes.
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

        // Final ballots by title rank and code, removal ballots in step order: the proposals keep the ballots' order.
        var ordered = ballots.Where(b => b.Ballot.Vote == VoteStep.Final).OrderBy(b => titles[b.Ballot.TitleId].Rank).ThenBy(b => titles[b.Ballot.TitleId].Code)
            .Concat(ballots.Where(b => b.Ballot.Vote == VoteStep.Removal));
        var proposals = RoundProposals.Of(ordered.Select(b => new TitleBallot(b.Ballot.TitleId.ToString(), b.At.Step.Number, b.RecordedOutcome())));
        var lines = ballots.SelectMany(b => b.Ballot.Candidates).ToDictionary(c => c.Id.ToString(), StringComparer.Ordinal);
        var proposed = new List<IReadOnlyList<string?>>();
        foreach (var p in proposals.Selected)
        {
            var c = lines[p.Candidate.Id];
            var fact = facts[c.CadreId!.Value];
            var byHead = decisions.Any(d => d.ChosenCandidateIds.Contains(c.Id));
            proposed.Add([Number(proposed.Count + 1), titles[Guid.Parse(p.TitleId)].Name, fact.Code, c.FullName, fact.Birth.ToString(), TallyText.Of(fact.Sex), fact.CurrentTitle,
                Number(p.Candidate.Agree), VoteRatio.Percent(p.Candidate.Agree, p.Base), TallyText.Result(p.Candidate.Passed), byHead ? "Người đứng đầu quyết định (bằng phiếu)" : null]);
        }

        var removals = new List<IReadOnlyList<string?>>();
        foreach (var r in proposals.Removals)
        {
            var c = lines[r.Candidate.Id];
            var titleId = Guid.Parse(r.TitleId);
            var grounds = members.FirstOrDefault(e => e.TitleId == titleId && e.CadreId == c.CadreId)?.Grounds;
            removals.Add([Number(removals.Count + 1), titles[titleId].Name, facts[c.CadreId!.Value].Code, c.FullName,
                $"Biểu quyết tại bước {r.StepNumber}", Number(r.Candidate.Agree), VoteRatio.Percent(r.Candidate.Agree, r.Base), grounds]);
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
