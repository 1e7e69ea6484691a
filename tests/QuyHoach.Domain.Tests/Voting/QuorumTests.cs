using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class QuorumTests
{
    // the examples of docs/rules/votes.md (R-QUO-1).
    [Theory]
    [InlineData(15, 9, false)]
    [InlineData(15, 10, true)]
    [InlineData(13, 9, true)]
    [InlineData(13, 8, false)]
    [InlineData(3, 2, true)]
    [InlineData(1, 0, false)]
    public void IsMet_RulesCases_MatchesTwoThirds(int convened, int present, bool expected) =>
        Assert.Equal(expected, TestVoting.Qd50.Quorum.IsMet(present, convened));

    [Theory]
    [InlineData(15, 10)]
    [InlineData(13, 9)]
    [InlineData(14, 10)]
    [InlineData(0, 0)]
    public void MinPresent_Convened_IsSmallestMeetingQuorum(int convened, int expected) =>
        Assert.Equal(expected, TestVoting.Qd50.Quorum.MinPresent(convened));

    [Theory]
    [InlineData(2, 3, "2/3")]
    [InlineData(1, 2, "1/2")]
    [InlineData(3, 4, "3/4")]
    public void ShareText_FromTheRuleSetsShare(int numerator, int denominator, string expected) =>
        Assert.Equal(expected, new Quorum(new QuyHoach.Domain.Common.Ratio(numerator, denominator)).ShareText);
}
