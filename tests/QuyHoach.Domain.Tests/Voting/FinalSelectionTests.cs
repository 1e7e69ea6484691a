using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class FinalSelectionTests
{
    // the examples of docs/rules/votes.md (R-RANK-1, R-TIE-1).
    [Theory]
    [InlineData("A=12,B=11,C=10,D=9", 3, "A,B,C", "", 0)]
    [InlineData("A=12,B=11,C=10,D=10", 3, "A,B", "C,D", 1)]
    [InlineData("A=10,B=10,C=9", 3, "A,B,C", "", 0)]
    [InlineData("A=10,B=10,C=10,D=10", 3, "", "A,B,C,D", 3)]
    [InlineData("A=12,B=11", 3, "A,B", "", 0)]
    [InlineData("A=9,B=12,C=11", 2, "B,C", "", 0)]
    public void Fill_RulesCases_SelectsTopAndFlagsBoundaryTie(string votes, int quota, string selected, string tied, int seatsForHead)
    {
        var s = FinalSelection.Fill(TestVoting.Parse(votes), quota);
        Assert.Equal(selected, string.Join(',', s.Selected.Select(c => c.Id)));
        Assert.Equal(tied, string.Join(',', s.TiedForLastPlace.Select(c => c.Id)));
        Assert.Equal(seatsForHead, s.SeatsForHead);
        Assert.Equal(seatsForHead > 0, s.HeadDecisionRequired);
    }

    [Fact]
    public void ApplyHeadDecision_ValidChoice_CompletesSelection()
    {
        var s = FinalSelection.Fill(TestVoting.Parse("A=12,B=11,C=10,D=10"), 3);
        var result = s.ApplyHeadDecision(["D"]);
        Assert.True(result.Applied);
        Assert.Equal("A,B,D", string.Join(',', result.Selection.Selected.Select(c => c.Id)));
        Assert.False(result.Selection.HeadDecisionRequired);
    }

    [Theory]
    [InlineData("A=12,B=11,C=10,D=10", "C,D", "HEAD_DECISION_COUNT")]
    [InlineData("A=12,B=11,C=10,D=10", "", "HEAD_DECISION_COUNT")]
    [InlineData("A=12,B=11,C=10,D=10", "A", "HEAD_DECISION_NOT_TIED")]
    [InlineData("A=12,B=11,C=10,D=10", "E", "HEAD_DECISION_NOT_TIED")]
    [InlineData("A=12,B=11,C=10,D=9", "D", "HEAD_DECISION_NOT_REQUIRED")]
    [InlineData("A=10,B=10,C=10,D=10", "A,A,B", "HEAD_DECISION_DUPLICATE,HEAD_DECISION_COUNT")]
    public void ApplyHeadDecision_InvalidChoice_ReportsEveryProblem(string votes, string chosen, string codes)
    {
        var s = FinalSelection.Fill(TestVoting.Parse(votes), 3);
        var result = s.ApplyHeadDecision(chosen.Length == 0 ? [] : chosen.Split(','));
        Assert.False(result.Applied);
        Assert.Equal(codes, string.Join(',', result.Problems.Select(p => p.Code)));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
