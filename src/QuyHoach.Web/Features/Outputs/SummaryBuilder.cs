using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Word;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Bảng tổng hợp kết quả kiểm phiếu ở các bước: one row per candidate of each title, one column group per ballot step
/// (the removal vote concerns other people and has its own minutes).
/// </summary>
internal static class SummaryBuilder
{
    public static async Task<TallySummary> BuildAsync(QuyHoachDbContext db, PlanningActor actor, List<BallotContext> all, CancellationToken cancellationToken)
    {
        var ballots = all.Where(b => b.Ballot.Vote != VoteStep.Removal).ToList();
        var round = all[0].At.Round;
        var steps = ballots.Select(b => b.At.Step).DistinctBy(s => s.Number).ToList();
        var final = ballots.LastOrDefault(b => b.Ballot.Vote == VoteStep.Final) ?? all[^1];
        var presiding = await db.Bodies.Where(x => x.Id == final.At.Step.BodyId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var issuer = await IssuerText.LoadAsync(db, presiding?.OrganisationId ?? round.OrganisationId, IssuerText.IsParty(presiding?.Kind), cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleAsync(t => t.Id == round.TermId, cancellationToken).ConfigureAwait(false);
        var titleIds = round.Titles.Select(t => t.TitleId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).OrderBy(t => t.Rank).ThenBy(t => t.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var preparer = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? actor.Name;
        var chair = final.At.Conference.Members.FirstOrDefault(m => m.IsHead)?.FullName ?? "";
        var decisions = await db.HeadDecisions.Where(d => ballots.Select(b => b.Ballot.Id).Contains(d.BallotId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var summaryTitles = new List<SummaryTitle>();
        foreach (var title in titles)
        {
            var ofTitle = ballots.Where(b => b.Ballot.TitleId == title.Id).ToList();
            var cadreIds = ofTitle.SelectMany(b => b.Ballot.Candidates).Select(c => c.CadreId!.Value).Distinct().ToList();
            if (cadreIds.Count == 0)
            {
                continue;
            }

            var facts = await CandidateFacts.LoadAsync(db, round.Id, title.Id, cadreIds, cancellationToken).ConfigureAwait(false);
            var rows = cadreIds.Select((cadreId, i) =>
            {
                var first = ofTitle.SelectMany(b => b.Ballot.Candidates).First(c => c.CadreId == cadreId);
                var votes = steps.Select(step => ofTitle.SingleOrDefault(b => b.At.Step.Number == step.Number) is { } b
                    && b.Ballot.Candidates.SingleOrDefault(c => c.CadreId == cadreId) is { Agree: { } agree } line
                    ? new StepVote(agree, b.RecordedOutcome().Base, line.Passed == true) : null).ToList();
                var last = ofTitle.Where(b => b.Ballot.Vote == VoteStep.Final).SelectMany(b => b.Ballot.Candidates).SingleOrDefault(c => c.CadreId == cadreId);
                var byHead = last is not null && decisions.Any(d => d.ChosenCandidateIds.Contains(last.Id));
                var fact = facts[cadreId];
                return new SummaryCandidate(i + 1, first.FullName, fact.Birth, fact.Sex, fact.CurrentTitle, fact.SourceGroup, votes,
                    PlanningDocumentText.Note(first.WrittenIn, false, last?.Selected, byHead));
            }).ToList();
            summaryTitles.Add(new SummaryTitle(title.Name, rows));
        }

        return new TallySummary
        {
            Body = issuer.Heading,
            Date = final.At.Conference.HeldOn,
            Scope = "các chức danh " + string.Join(", ", titles.Select(t => t.Name)),
            PlannedTerm = PlanningDocumentText.PlannedTerm(term),
            Steps = steps.Select(s => new SummaryStep($"Bước {s.Number}: {s.Name}", ballots.First(b => b.At.Step == s).At.RuleSet.Voting.ThresholdFor(s.Vote!.Value).Base,
                PlanningDocumentText.Threshold(ballots.First(b => b.At.Step == s).At.RuleSet.Voting.ThresholdFor(s.Vote!.Value)))).ToList(),
            Titles = summaryTitles,
            Signatures = [new SignatureColumn(["Người lập biểu"], [preparer]), new SignatureColumn([issuer.Issuer.Collective is { } collective ? $"T/M {collective}" : "T/M tập thể lãnh đạo"], [chair])],
        };
    }
}
