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

    // R-SEQ-1: the carry setting decides who is on the final ballot, never that someone who failed an earlier step is
    // selected (issue 13: with the carry switched off a candidate who failed step 3 was selected at step 4).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decide_FinalStepFailedEarlierStep_NeverSelectedWhateverTheCarry(bool carry)
    {
        var rules = TestVoting.Qd50 with { RequirePassingAllPreviousSteps = carry };
        var votes = new[] { new CandidateVote("A", 12, PassedPreviousSteps: false) };
        var a = BallotRule.Decide(rules, VoteStep.Final, 15, 15, votes, quota: 3).Candidates[0];
        Assert.Equal((false, false, true), (a.Passed, a.Selected, a.BlockedBySequence));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Decide_ExtendedStepFailedEarlierStep_BlockedOnlyWithTheCarry(bool carry, bool blocked)
    {
        var rules = TestVoting.Qd50 with { RequirePassingAllPreviousSteps = carry };
        var a = BallotRule.Decide(rules, VoteStep.ExtendedLeadership, 40, 40, [new CandidateVote("A", 30, PassedPreviousSteps: false)]).Candidates[0];
        Assert.Equal((!blocked, blocked), (a.Passed, a.BlockedBySequence));
    }

    // The outcome carries the base and the threshold it was measured with: present at steps 3 and 4, convened at the
    // final step and the removal vote (R-VOTE-30, R-VOTE-50P, R-VOTE-50C, R-REM-VOTE).
    [Theory]
    [InlineData(VoteStep.KeyCadres, 12)]
    [InlineData(VoteStep.ExtendedLeadership, 12)]
    [InlineData(VoteStep.Final, 15)]
    [InlineData(VoteStep.Removal, 15)]
    public void Decide_Outcome_CarriesBaseAndThreshold(VoteStep step, int expectedBase)
    {
        var outcome = BallotRule.Decide(TestVoting.Qd50, step, 15, 12, TestVoting.Parse("A=8"));
        Assert.Equal(expectedBase, outcome.Base);
        Assert.Equal(TestVoting.Qd50.ThresholdFor(step), outcome.Threshold);
    }

    // R-RANK-1: every step ranks every line by agree votes, equal votes sharing a rank (the minutes print it at every step).
    [Theory]
    [InlineData(VoteStep.Final, "A=12,B=10,C=10,D=4", "1,2,2,4")]
    [InlineData(VoteStep.Final, "A=3,B=9", "2,1")]
    [InlineData(VoteStep.KeyCadres, "A=12,B=10", "1,2")]
    [InlineData(VoteStep.Removal, "A=10,B=12,C=12", "3,1,1")]
    public void Decide_Rank_EveryStepByAgreeVotes(VoteStep step, string votes, string ranks)
    {
        var outcome = BallotRule.Decide(TestVoting.Qd50, step, 15, 15, TestVoting.Parse(votes), step == VoteStep.Final ? 3 : null);
        Assert.Equal(ranks, string.Join(',', outcome.Candidates.Select(c => c.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")));
    }

    [Fact]
    public void Recorded_ReadsBackBaseRankAndFlags()
    {
        var decided = BallotRule.Decide(TestVoting.Qd50, VoteStep.Final, 15, 13, TestVoting.Parse("A=12,B=11,C=10,D=10"), quota: 3);
        var headChoseC = decided.Candidates.Select(c => c.Id == "C" ? c with { Selected = true, TiedForLastPlace = false, Rank = null } : c with { TiedForLastPlace = false, Rank = null }).ToList();
        var read = BallotOutcome.Recorded(TestVoting.Qd50, VoteStep.Final, 15, 13, headChoseC);
        Assert.Equal((15, 8, true), (read.Base, read.MinAgreeToPass, read.QuorumMet));
        Assert.Equal([1, 2, 3, 3], read.Candidates.Select(c => c.Rank));
        Assert.Equal("A,B,C", string.Join(',', read.Candidates.Where(c => c.Selected == true).Select(c => c.Id)));
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
        Assert.Equal("C,D", string.Join(',', outcome.Candidates.Where(c => c.TiedForLastPlace).Select(c => c.Id)));
    }
}
