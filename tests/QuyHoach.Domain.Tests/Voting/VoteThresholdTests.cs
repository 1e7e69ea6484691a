using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class VoteThresholdTests
{
    // the examples of docs/rules/votes.md.
    [Theory]
    [InlineData(VoteStep.KeyCadres, 37, 37, 11, false)] // case 4
    [InlineData(VoteStep.KeyCadres, 37, 37, 12, true)]
    [InlineData(VoteStep.KeyCadres, 40, 40, 12, true)] // case 5: exactly 30 %
    [InlineData(VoteStep.KeyCadres, 40, 40, 11, false)] // case 5 and case 6 (35 valid does not shrink the base)
    [InlineData(VoteStep.ExtendedLeadership, 30, 30, 15, false)] // case 7: exactly half
    [InlineData(VoteStep.ExtendedLeadership, 30, 30, 16, true)]
    [InlineData(VoteStep.ExtendedLeadership, 31, 31, 16, true)] // case 8
    [InlineData(VoteStep.ExtendedLeadership, 31, 31, 15, false)]
    [InlineData(VoteStep.Final, 15, 12, 8, true)] // case 9
    [InlineData(VoteStep.Final, 15, 12, 7, false)]
    [InlineData(VoteStep.Final, 14, 14, 7, false)] // case 10
    [InlineData(VoteStep.Final, 14, 14, 8, true)]
    [InlineData(VoteStep.Removal, 15, 12, 8, true)] // case 11
    [InlineData(VoteStep.Removal, 15, 12, 7, false)]
    public void IsMet_RulesCases_MatchesStepThreshold(VoteStep step, int convened, int present, int agree, bool expected) =>
        Assert.Equal(expected, TestVoting.Qd50.ThresholdFor(step).IsMet(agree, present, convened));

    [Theory]
    [InlineData(VoteStep.KeyCadres, 37, 37, 12)]
    [InlineData(VoteStep.KeyCadres, 40, 40, 12)]
    [InlineData(VoteStep.ExtendedLeadership, 30, 30, 16)]
    [InlineData(VoteStep.ExtendedLeadership, 31, 31, 16)]
    [InlineData(VoteStep.Final, 15, 12, 8)]
    [InlineData(VoteStep.Final, 14, 14, 8)]
    [InlineData(VoteStep.Removal, 15, 10, 8)]
    public void MinAgreeToPass_RulesCases_IsSmallestPassingCount(VoteStep step, int convened, int present, int expected) =>
        Assert.Equal(expected, TestVoting.Qd50.ThresholdFor(step).MinAgreeToPass(present, convened));
}
