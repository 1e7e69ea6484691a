using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Tests.Eligibility;

namespace QuyHoach.Domain.Tests.Age;

public class YoungCadreRuleTests
{
    private static readonly YearMonth Reference = new(2026, 4);

    // the example of docs/rules/quotas.md, reference 04/2026; the limits (province 480, central 540) come from the rule set.
    [Theory]
    [InlineData(1986, 5, "province", 479, true)]
    [InlineData(1986, 4, "province", 480, false)]
    [InlineData(1981, 5, "central", 539, true)]
    [InlineData(1981, 4, "central", 540, false)]
    public void IsYoung_Reference202604_StrictlyBelowLevelLimit(int year, int month, string level, int ageMonths, bool young)
    {
        var birth = new YearMonth(year, month);
        Assert.Equal(young, YoungCadreRule.IsYoung(birth, Reference, YoungCadreRule.LimitMonths(Cadres.Qd50.Structure, level)));
        Assert.Equal(ageMonths, RetirementRule.AgeAt(birth, Reference).TotalMonths);
    }

    [Fact]
    public void LimitMonths_UnknownLevel_Throws() =>
        Assert.Throws<ArgumentException>(() => YoungCadreRule.LimitMonths(Cadres.Qd50.Structure, "ward"));
}
