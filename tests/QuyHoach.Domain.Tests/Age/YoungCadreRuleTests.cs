using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Tests.Age;

public class YoungCadreRuleTests
{
    // rules §12 case 23, reference 04/2026; 480 months (provincial) and 540 (central) are rule-set data.
    [Theory]
    [InlineData(1986, 5, 480, true)]
    [InlineData(1986, 4, 480, false)]
    [InlineData(1981, 5, 540, true)]
    [InlineData(1981, 4, 540, false)]
    public void IsYoung_Reference202604_StrictlyBelowThreshold(int year, int month, int threshold, bool young)
    {
        Assert.Equal(young, YoungCadreRule.IsYoung(new YearMonth(year, month), new YearMonth(2026, 4), threshold));
        Assert.Equal(young ? 479 + (threshold - 480) : 480 + (threshold - 480), RetirementRule.AgeAt(new YearMonth(year, month), new YearMonth(2026, 4)).TotalMonths);
    }
}
