using QuyHoach.Domain.Quotas;
using QuyHoach.Domain.Tests.Eligibility;

namespace QuyHoach.Domain.Tests.Quotas;

public class CommitteeCoefficientRuleTests
{
    // the examples of docs/rules/quotas.md (R-COEF-1).
    [Theory]
    [InlineData(50, 50, CoefficientStatus.WithinRange)]
    [InlineData(50, 75, CoefficientStatus.WithinRange)]
    [InlineData(50, 76, CoefficientStatus.AboveMaximum)]
    [InlineData(50, 49, CoefficientStatus.BelowMinimum)]
    [InlineData(15, 22, CoefficientStatus.WithinRange)]
    [InlineData(15, 23, CoefficientStatus.AboveMaximum)]
    public void Check_RulesCases_MatchesCoefficient(int size, int planned, CoefficientStatus expected)
    {
        var check = CommitteeCoefficientRule.Check(size, planned, Cadres.Qd50.Coefficient);
        Assert.Equal(expected, check.Status);
        Assert.Equal(expected == CoefficientStatus.WithinRange, check.Message is null);
    }

    [Theory]
    [InlineData(15, 15, 22)]
    [InlineData(50, 50, 75)]
    public void Check_Bounds_FloorOfMaximum(int size, int min, int max)
    {
        var check = CommitteeCoefficientRule.Check(size, size, Cadres.Qd50.Coefficient);
        Assert.Equal((min, max), (check.MinPlanned, check.MaxPlanned));
    }
}
