using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class BallotRuleTests
{
    [Fact]
    public void Decide_NoQuorum_NobodyPasses()
    {
        var outcome = BallotRule.Decide(TestVoting.Qd50, VoteStep.KeyCadres, 15, 9, TestVoting.Parse("A=9,B=3"));
        Assert.False(outcome.QuorumMet);
        Assert.All(outcome.Candidates, c => Assert.False(c.Passed));
    }

    // the example of docs/rules/votes.md: 5 of the 40 ballots are invalid; 11 agree is 31 % of the 35 valid but the base stays the 40 present.
    [Fact]
    public void Decide_InvalidBallots_BaseStaysPresent()
    {
        var votes = TestVoting.Parse("A=11,B=12");
        Assert.Empty(TallyRule.Validate(new TallySheet(40, 40, 40, 40, 35, 5, votes)));
        var outcome = BallotRule.Decide(TestVoting.Qd50, VoteStep.KeyCadres, 40, 40, votes);
        Assert.Equal(12, outcome.MinAgreeToPass);
        Assert.Equal([false, true], outcome.Candidates.Select(c => c.Passed));
    }

    [Fact]
    public void Decide_FinalStepFailedEarlierStep_BlockedBySequence()
    {
        // the example of docs/rules/votes.md: fails step 3 but gets 12/15 at the final step.
        var votes = new[] { new CandidateVote("A", 12, PassedPreviousSteps: false), new CandidateVote("B", 9) };
        var outcome = BallotRule.Decide(TestVoting.Qd50, VoteStep.Final, 15, 15, votes, quota: 3);
        Assert.False(outcome.Candidates[0].Passed);
        Assert.True(outcome.Candidates[0].BlockedBySequence);
        Assert.False(outcome.Candidates[0].Selected);
        Assert.True(outcome.Candidates[1].Selected);
    }

    [Fact]
    public void Decide_FinalStepSequenceNotRequired_Passes()
    {
        var rules = TestVoting.Qd50 with { RequirePassingAllPreviousSteps = false };
        var votes = new[] { new CandidateVote("A", 12, PassedPreviousSteps: false) };
        Assert.True(BallotRule.Decide(rules, VoteStep.Final, 15, 15, votes, quota: 3).Candidates[0].Selected);
    }

    [Theory]
    [InlineData(VoteStep.KeyCadres, 40, 40, "A=12,B=11", "A", 12)]
    [InlineData(VoteStep.Removal, 15, 12, "A=8,B=7", "A", 8)]
    [InlineData(VoteStep.Final, 15, 12, "A=8,B=7", "A", 8)]
    public void Decide_Step_PassesByThreshold(VoteStep step, int convened, int present, string votes, string passed, int min)
    {
        var outcome = BallotRule.Decide(TestVoting.Qd50, step, convened, present, TestVoting.Parse(votes));
        Assert.Equal(passed, string.Join(',', outcome.Candidates.Where(c => c.Passed).Select(c => c.Id)));
        Assert.Equal(min, outcome.MinAgreeToPass);
        Assert.Equal(step == VoteStep.Final, outcome.Selection is not null);
    }

    [Fact]
    public void Decide_FinalTieAtLastPlace_SelectsNoTiedCandidate()
    {
        var outcome = BallotRule.Decide(TestVoting.Qd50, VoteStep.Final, 15, 15, TestVoting.Parse("A=12,B=11,C=10,D=10"), quota: 3);
        Assert.Equal("A,B", string.Join(',', outcome.Candidates.Where(c => c.Selected == true).Select(c => c.Id)));
        Assert.Equal(["C", "D"], outcome.Selection!.TiedForLastPlace.Select(c => c.Id));
    }
}
