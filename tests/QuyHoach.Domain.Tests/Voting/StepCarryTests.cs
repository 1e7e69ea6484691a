using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

/// <summary>R-SEQ-1 as a table: the carry between steps and the rule that a final selection needs every earlier
/// threshold passed, whatever the carry setting.</summary>
public class StepCarryTests
{
    /// <summary>
    /// One line per case: the carry setting, the candidate's results at step 3 (key cadres) and step 4 (extended body,
    /// "-" when not on that ballot), whether they are on the final ballot, and whether 12 of 15 agree votes at the final
    /// step select them. Whatever the carry, a candidate who failed an earlier step is never selected.
    /// </summary>
    [Theory]
    [InlineData(true, true, "passed", true, true)]
    [InlineData(true, true, "failed", false, false)]
    [InlineData(true, false, "-", false, false)]
    [InlineData(false, true, "passed", true, true)]
    [InlineData(false, true, "failed", true, false)]
    [InlineData(false, false, "-", false, false)]
    public void Carry_ThenFinalBallot_SelectedOnlyWhenEveryEarlierThresholdPassed(bool carry, bool keyCadres, string extended, bool onFinalBallot, bool selected)
    {
        var rules = TestVoting.Qd50 with { RequirePassingAllPreviousSteps = carry };
        var step3 = new[] { new EarlierLine("A", keyCadres, true), new EarlierLine("B", true, true) };
        var onExtended = StepCarry.Carry(rules, VoteStep.ExtendedLeadership, step3, []);
        Assert.Equal(extended != "-", onExtended.Any(l => l.Person == "A"));
        var step4 = onExtended.Select(l => new EarlierLine(l.Person, l.Person != "A" || extended == "passed", l.PassedPreviousSteps)).ToList();

        var final = StepCarry.Carry(rules, VoteStep.Final, step3, step4);
        Assert.Equal(onFinalBallot, final.Any(l => l.Person == "A"));
        var votes = final.Select(l => new CandidateVote(l.Person, 12, l.PassedPreviousSteps)).ToList();
        var outcome = BallotRule.Decide(rules, VoteStep.Final, 15, 15, votes, quota: 2);
        Assert.Equal(selected, outcome.Candidates.Any(c => c.Id == "A" && c.Selected == true));
        Assert.True(outcome.Candidates.Single(c => c.Id == "B").Selected);
    }

    [Theory]
    [InlineData(true, VoteStep.Final, true)]
    [InlineData(false, VoteStep.Final, true)]
    [InlineData(true, VoteStep.ExtendedLeadership, true)]
    [InlineData(false, VoteStep.ExtendedLeadership, false)]
    [InlineData(true, VoteStep.KeyCadres, false)]
    [InlineData(true, VoteStep.Removal, false)]
    public void BlocksEarlierFailure_ByStepAndCarry(bool carry, VoteStep step, bool expected) =>
        Assert.Equal(expected, StepCarry.BlocksEarlierFailure(TestVoting.Qd50 with { RequirePassingAllPreviousSteps = carry }, step));

    [Fact]
    public void Carry_KeepsTheOrderOfTheBallotCarriedFrom()
    {
        var step3 = new[] { new EarlierLine("C", true, true), new EarlierLine("A", false, true), new EarlierLine("B", true, true) };
        Assert.Equal(["C", "B"], StepCarry.Carry(TestVoting.Qd50, VoteStep.ExtendedLeadership, step3, []).Select(l => l.Person));
    }

    [Theory]
    [InlineData(VoteStep.KeyCadres)]
    [InlineData(VoteStep.Removal)]
    public void Carry_SourceListSteps_Refused(VoteStep step) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StepCarry.Carry(TestVoting.Qd50, step, [], []));
}
