using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class RoundProposalsTests
{
    [Fact]
    public void Of_FinalAndRemovalBallots_SelectedByRankAndRemovalsThatPassed()
    {
        var removal = BallotRule.Decide(TestVoting.Qd50, VoteStep.Removal, 15, 12, TestVoting.Parse("R1=8,R2=7"));
        var key = BallotRule.Decide(TestVoting.Qd50, VoteStep.KeyCadres, 40, 40, TestVoting.Parse("A=30,B=30"));
        var final = BallotRule.Decide(TestVoting.Qd50, VoteStep.Final, 15, 13, TestVoting.Parse("B=9,A=12,C=10"), quota: 2);
        var proposals = RoundProposals.Of([new("t1", 1, removal), new("t1", 2, key), new("t1", 4, final)]);

        Assert.Equal(["A", "C"], proposals.Selected.Select(p => p.Candidate.Id));
        Assert.Equal([1, 2], proposals.Selected.Select(p => p.Candidate.Rank));
        Assert.All(proposals.Selected, p => Assert.Equal(15, p.Base));
        var r = Assert.Single(proposals.Removals);
        Assert.Equal(("R1", 1, 8, 15), (r.Candidate.Id, r.StepNumber, r.Candidate.Agree, r.Base));
    }

    [Fact]
    public void Of_HeadDecisionRecorded_TiedCandidateChosenIsProposed()
    {
        var decided = BallotRule.Decide(TestVoting.Qd50, VoteStep.Final, 15, 15, TestVoting.Parse("A=12,C=10,D=10"), quota: 2);
        var recorded = decided.Candidates.Select(c => c.Id == "D" ? c with { Selected = true } : c).ToList();
        var proposals = RoundProposals.Of([new("t1", 4, BallotOutcome.Recorded(TestVoting.Qd50, VoteStep.Final, 15, 15, recorded))]);
        Assert.Equal(["A", "D"], proposals.Selected.Select(p => p.Candidate.Id));
    }
}
