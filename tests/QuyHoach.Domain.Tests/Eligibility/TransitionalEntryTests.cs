using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Tests.Eligibility;

/// <summary>
/// R-TRANS-1 in the plan: under Nam Định's set (đối tượng 2 needs 120 months, R-AGE-3) an entry of a plan approved
/// before QĐ 50 is held to 60 months and nothing higher at every review; the 120 months bind new additions only.
/// </summary>
public class TransitionalEntryTests
{
    private static readonly SourceGroup Group2 = new(2, ["PP"], 120);

    private static EligibilityRequest Request(int birthMonth, bool transitional, int birthYear = 1966)
    {
        var cadre = Cadres.Good with { Birth = new PartialDate(birthYear, birthMonth), CurrentTitle = new HeldTitle("PP", 1) };
        return Cadres.Request(cadre, asOf: "2023-05-15") with { Transitional = transitional };
    }

    // Men born 04, 05 and 06/1966 retire 04, 05 and 06/2028: 59, 60 and 61 months at 05/2023.
    [Theory]
    [InlineData(4, 59, true)]
    [InlineData(5, 60, false)]
    [InlineData(6, 61, false)]
    public void Review_TransitionalEntry_HeldToSixtyOnly(int birthMonth, int remaining, bool removed)
    {
        var review = AutomaticRemovalPolicy.Review(Request(birthMonth, transitional: true), Group2, Cadres.NamDinh);
        Assert.Equal(remaining, review.MonthsRemaining);
        Assert.Equal(60, review.RequiredMonths);
        Assert.Equal(removed, review.RemoveAutomatically);
        if (removed)
        {
            Assert.Equal("OVER_PLANNING_AGE", Assert.Single(review.AutomaticRemoval).Code);
        }

        var verdict = EligibilityPolicy.Evaluate(Request(birthMonth, transitional: true), Cadres.NamDinh);
        Assert.Equal(60, verdict.RequiredMonths);
        Assert.Equal(removed, verdict.Reasons.Any(r => r.Code == "AGE_BELOW_FLOOR" && r.Basis.RuleId == "R-TRANS-1"));
    }

    // The same people as new additions to đối tượng 2 need 120 months; a man born 04/1971 has 119 at 05/2023.
    [Theory]
    [InlineData(1966, 6, 61)]
    [InlineData(1971, 4, 119)]
    public void NewAddition_Group2_Needs120(int birthYear, int birthMonth, int remaining)
    {
        var verdict = EligibilityPolicy.Evaluate(Request(birthMonth, transitional: false, birthYear), Cadres.NamDinh);
        Assert.Equal(remaining, verdict.MonthsRemaining);
        Assert.Equal(120, verdict.RequiredMonths);
        Assert.Equal(EligibilityOutcome.NotEligible, verdict.Outcome);
        Assert.Equal("R-AGE-3", verdict.Reasons.Single(r => r.Code == "AGE_BELOW_FLOOR").Basis.RuleId);
    }

    // Transitional: approved before QĐ 50's date, read from the rule set.
    [Theory]
    [InlineData("2021-12-26", true)]
    [InlineData("2021-12-27", false)]
    public void Applies_ByApprovalDate(string approvedOn, bool applies) =>
        Assert.Equal(applies, TransitionalPlanningRule.Applies(DateOnly.Parse(approvedOn, System.Globalization.CultureInfo.InvariantCulture), Cadres.NamDinh));
}
