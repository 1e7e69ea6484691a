using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

/// <summary>R-OTH-1: a source from elsewhere is voted by the competent collective only (the final step).</summary>
public class ExternalSourceRuleTests
{
    [Theory]
    [InlineData(VoteStep.Removal, false)]
    [InlineData(VoteStep.KeyCadres, false)]
    [InlineData(VoteStep.ExtendedLeadership, false)]
    [InlineData(VoteStep.Final, true)]
    public void IsVotedAt_OnlyTheCompetentCollective(VoteStep step, bool voted) => Assert.Equal(voted, ExternalSourceRule.IsVotedAt(step));
}
