using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Tests.Eligibility;

namespace QuyHoach.Domain.Tests.Age;

public class AppointmentAgeRuleTests
{
    private static readonly int FullTerm = Cadres.Qd50.AgeFloors.AppointmentMonths;

    // the example of docs/rules/age.md (HD 06 example): man 02/1965 retires 08/2026 (61y6m).
    [Theory]
    [InlineData(2021, 8, 60, true)]
    [InlineData(2021, 9, 59, false)]
    [InlineData(2021, 7, 61, true)]
    public void Check_Hd06Example_ExactlySixtyEligible(int refYear, int refMonth, int remaining, bool eligible)
    {
        var verdict = AppointmentAgeRule.Check(Sex.Male, new YearMonth(1965, 2), new YearMonth(refYear, refMonth), newRank: 3, currentRank: 2, FullTerm);
        Assert.Equal(new AppointmentAge(true, eligible, remaining, 60, AppointmentAgeRule.Basis), verdict);
    }

    // R-APPAGE-1 also covers a first appointment; R-APPAGE-2: an equivalent or lower post has no age condition.
    [Theory]
    [InlineData(3, null, true, false, "R-APPAGE-1")]
    [InlineData(3, 3, false, true, "R-APPAGE-2")]
    [InlineData(2, 3, false, true, "R-APPAGE-2")]
    [InlineData(4, 3, true, false, "R-APPAGE-1")]
    public void Check_PostRank_AgeConditionOnlyForFirstOrHigher(int newRank, int? currentRank, bool applies, bool eligible, string ruleId)
    {
        var verdict = AppointmentAgeRule.Check(Sex.Male, new YearMonth(1965, 2), new YearMonth(2021, 9), newRank, currentRank, FullTerm);
        Assert.Equal((applies, eligible, ruleId), (verdict.Applies, verdict.Eligible, verdict.Basis.RuleId));
    }

    [Fact]
    public void Check_SpecialCaseApproved_Eligible() =>
        Assert.True(AppointmentAgeRule.Check(Sex.Male, new YearMonth(1965, 2), new YearMonth(2021, 9), 3, 2, FullTerm, specialCaseApproved: true).Eligible);
}
