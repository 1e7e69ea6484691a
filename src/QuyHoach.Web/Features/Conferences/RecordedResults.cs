using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>A ballot's stored lines as the Domain's outcome (line ids as text): the one bridge from the database's
/// results to BallotOutcome.Recorded.</summary>
public static class RecordedResults
{
    public static BallotOutcome Of(VotingRules rules, VoteStep vote, int convened, int present, IEnumerable<BallotCandidate> lines)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(lines);
        return BallotOutcome.Recorded(rules, vote, convened, present,
            lines.OrderBy(c => c.Position).Select(c => new CandidateResult(c.Id.ToString(), c.Agree ?? 0, c.Passed == true, c.Selected, c.BlockedBySequence)).ToList());
    }
}
