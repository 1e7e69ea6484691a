using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The home page reads only the incumbents born on or before IncumbentsRead.LastBirths: every man and woman whose
/// retirement month (RetirementRule, the NĐ 135 roadmap, R-AGE-4) is before the horizon must be born by then, or the
/// home page's figure of the next twelve months would miss them; and the first month after the bound retires at the
/// horizon or later (the bound is the latest such birth month, so the database keeps no more than needed).
/// </summary>
public sealed class IncumbentsReadTests
{
    [Theory]
    [InlineData(2026, 12)]
    [InlineData(2027, 1)]
    [InlineData(2030, 6)]
    [InlineData(2021, 1)]
    public void LastBirths_EveryoneRetiringBeforeTheHorizon_IsBornByTheBound(int year, int month)
    {
        var horizon = new YearMonth(year, month);
        var (men, women) = IncumbentsRead.LastBirths(horizon);
        foreach (var (sex, bound) in new[] { (Sex.Male, men), (Sex.Female, women) })
        {
            for (var birth = horizon.AddMonths(-900); birth <= horizon; birth = birth.AddMonths(1))
            {
                var retires = RetirementRule.For(sex, birth).RetirementMonth;
                Assert.True(retires >= horizon || birth.Index <= bound, $"{sex} born {birth} retires {retires}, after the bound {bound}");
            }

            Assert.True(RetirementRule.For(sex, YearMonth.FromIndex(bound)).RetirementMonth < horizon);
            Assert.True(RetirementRule.For(sex, YearMonth.FromIndex(bound + 1)).RetirementMonth >= horizon);
        }
    }
}
