using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Tính kết quả from the reconciled tally only, by the Domain's BallotRule under the round's frozen rule set: the step's
/// threshold on present or convened, R-SEQ-1, and at the final step the top-down fill to the title's quota with any
/// tie at the last place left to the head (R-RANK-1, R-TIE-1). Committee members or staff.
/// </summary>
public sealed class ComputeResultsHandler(QuyHoachDbContext db, TimeProvider clock, ResultsQuery results)
{
    public async Task<Outcome<ResultsView>> HandleAsync(PlanningActor actor, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await BallotContext.LoadForChangeAsync(db, actor, ballotId, b => b.At.OnCommittee || actor.IsStaff, "Chỉ tổ kiểm phiếu của hội nghị hoặc chuyên viên tổ chức được tính kết quả.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.Ballot.Status != BallotStatus.Reconciled)
        {
            return Refusal.Conflict(b.Ballot.Status == BallotStatus.ResultsComputed
                ? "Kết quả đã được tính."
                : "Chỉ tính kết quả từ biên bản đã đối chiếu khớp giữa hai lần nhập (hoặc đã giải quyết chênh lệch).");
        }

        await ApplyAsync(db, b, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        PlanningAudit.Record(db, actor, AuditAction.ResultsComputed, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId, after: AuditOf(b));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await results.HandleAsync(actor, ballotId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the log keeps of computed results: the pass mark, the seats left to the head, each line.</summary>
    internal static object AuditOf(BallotContext b) => new
    {
        b.Ballot.AcceptedEntryId,
        b.Ballot.MinAgreeToPass,
        b.Ballot.SeatsForHead,
        b.At.Present,
        b.At.Convened,
        Candidates = b.Ballot.Candidates.Select(c => new { c.Id, c.Agree, c.Passed, c.Selected, c.BlockedBySequence }).ToList(),
    };

    internal static async Task ApplyAsync(QuyHoachDbContext db, BallotContext b, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = await db.TallyEntries.Include(e => e.Votes).SingleAsync(e => e.Id == b.Ballot.AcceptedEntryId, cancellationToken).ConfigureAwait(false);
        var votes = b.Ballot.Candidates.Select(c => new CandidateVote(c.Id.ToString(), entry.Votes.Single(v => v.CandidateId == c.Id).Agree, c.PassedPreviousSteps)).ToList();
        var outcome = BallotRule.Decide(b.At.RuleSet.Voting, b.Ballot.Vote, b.At.Convened, b.At.Present, votes, b.Ballot.Vote == VoteStep.Final ? b.Quota : null);
        foreach (var candidate in b.Ballot.Candidates)
        {
            var result = outcome.Candidates.Single(r => r.Id == candidate.Id.ToString());
            (candidate.Agree, candidate.Passed, candidate.Selected, candidate.BlockedBySequence) = (result.Agree, result.Passed, result.Selected, result.BlockedBySequence);
        }

        (b.Ballot.MinAgreeToPass, b.Ballot.SeatsForHead, b.Ballot.ResultsComputedAt, b.Ballot.Status) =
            (outcome.MinAgreeToPass, outcome.Selection?.SeatsForHead ?? 0, now, BallotStatus.ResultsComputed);
    }
}
