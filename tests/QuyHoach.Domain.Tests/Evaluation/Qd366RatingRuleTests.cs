using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.Tests.Eligibility;

namespace QuyHoach.Domain.Tests.Evaluation;

public class Qd366RatingRuleTests
{
    // the example of docs/rules/evaluation.md (scores in tenths).
    [Theory]
    [InlineData(900, Rating.Excellent)]
    [InlineData(899, Rating.Good)]
    [InlineData(700, Rating.Good)]
    [InlineData(699, Rating.Completed)]
    [InlineData(500, Rating.Completed)]
    [InlineData(490, Rating.Failed)]
    public void FromScore_AllConditions_Bands(int tenths, Rating expected) =>
        Assert.Equal(expected, Qd366RatingRule.FromScore(tenths, RatingConditions.All, Cadres.Qd50.Evaluation.ScoreBands));

    // the example of docs/rules/evaluation.md: 92 points but the collective had a disciplined member → next level whose conditions hold.
    [Theory]
    [InlineData(920, false, true, true, Rating.Good)]
    [InlineData(920, false, false, true, Rating.Completed)]
    [InlineData(920, false, false, false, Rating.Failed)]
    public void FromScore_ConditionsFail_DropsLevel(int tenths, bool excellent, bool good, bool completed, Rating expected) =>
        Assert.Equal(expected, Qd366RatingRule.FromScore(tenths, new RatingConditions(excellent, good, completed), Cadres.Qd50.Evaluation.ScoreBands));
}
