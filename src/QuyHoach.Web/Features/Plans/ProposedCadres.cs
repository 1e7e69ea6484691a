using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Plans;

/// <summary>A cadre the round proposes for a title (selected at the final step, after any head decision).</summary>
/// <param name="BaseCount">The number the final step's ratio is measured against (the outcome's base).</param>
public sealed record ProposedCadre(Guid TitleId, Guid CadreId, int Agree, int BaseCount);

/// <summary>A cadre the round proposes to remove from the plan of a title: by the removal vote, or automatically.</summary>
public sealed record RemovalProposal(Guid TitleId, Guid CadreId, bool ByVote, string? Grounds);

/// <summary>
/// Danh sách đề nghị of a closed round: the Domain's RoundProposals over the recorded outcomes of its final and
/// removal ballots, and the removals without a vote from its source list (R-REM-AUTO).
/// </summary>
internal static class ProposedCadres
{
    public static async Task<List<ProposedCadre>> LoadAsync(QuyHoachDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var (proposals, lines) = await ReadAsync(db, roundId, cancellationToken).ConfigureAwait(false);
        return proposals.Selected.Select(p => (p, Line: lines[p.Candidate.Id])).Where(x => x.Line.CadreId is not null)
            .Select(x => new ProposedCadre(Guid.Parse(x.p.TitleId), x.Line.CadreId!.Value, x.p.Candidate.Agree, x.p.Base)).ToList();
    }

    public static async Task<List<RemovalProposal>> RemovalsAsync(QuyHoachDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var members = await db.SourceListEntries.Where(e => e.RoundId == roundId && e.Kind == SourceEntryKind.PlanMember).ToListAsync(cancellationToken).ConfigureAwait(false);
        var (proposals, lines) = await ReadAsync(db, roundId, cancellationToken).ConfigureAwait(false);
        var result = proposals.Removals.Select(r => (TitleId: Guid.Parse(r.TitleId), lines[r.Candidate.Id].CadreId)).Where(v => v.CadreId is not null)
            .Select(v => new RemovalProposal(v.TitleId, v.CadreId!.Value, true, members.FirstOrDefault(m => m.TitleId == v.TitleId && m.CadreId == v.CadreId)?.Grounds)).ToList();
        result.AddRange(members.Where(m => m.Action == PlanMemberAction.AutomaticRemoval).Select(m => new RemovalProposal(m.TitleId, m.CadreId, false, m.Grounds)));
        return result;
    }

    /// <summary>The round's proposals from its final and removal ballots, with each ballot line by id.</summary>
    private static async Task<(RoundProposals Proposals, Dictionary<string, BallotCandidate> Lines)> ReadAsync(QuyHoachDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.PlanningRounds.SingleAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false);
        var ballots = await db.Ballots.Include(b => b.Candidates)
            .Where(b => (b.Vote == VoteStep.Final || b.Vote == VoteStep.Removal)
                && db.Conferences.Any(c => c.Id == b.ConferenceId && db.RoundSteps.Any(s => s.Id == c.StepId && s.RoundId == roundId)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ballots.Count == 0 || PlanningCodes.RuleSetOf(round) is not { } ruleSet)
        {
            return (new RoundProposals([], []), []);
        }

        var conferenceIds = ballots.Select(b => b.ConferenceId).Distinct().ToList();
        var held = await (from c in db.Conferences
                          join s in db.RoundSteps on c.StepId equals s.Id
                          where conferenceIds.Contains(c.Id)
                          select new { c.Id, s.Number, Convened = c.Members.Count, Present = c.Members.Count(m => m.Present) })
            .ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        var outcomes = ballots.OrderBy(b => held[b.ConferenceId].Number).ThenBy(b => b.TitleId).Select(b =>
        {
            var at = held[b.ConferenceId];
            return new TitleBallot(b.TitleId.ToString(), at.Number, RecordedResults.Of(ruleSet.Voting, b.Vote, at.Convened, at.Present, b.Candidates));
        });
        return (RoundProposals.Of(outcomes), ballots.SelectMany(b => b.Candidates).ToDictionary(c => c.Id.ToString(), StringComparer.Ordinal));
    }
}
