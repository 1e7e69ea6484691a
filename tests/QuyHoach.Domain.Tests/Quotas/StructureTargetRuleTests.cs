using QuyHoach.Domain.Common;
using QuyHoach.Domain.Quotas;
using QuyHoach.Domain.Tests.Eligibility;

namespace QuyHoach.Domain.Tests.Quotas;

public class StructureTargetRuleTests
{
    private static readonly YearMonth Reference = new(2026, 4);

    private static PlannedPerson[] People(int total, int young, int women) =>
        Enumerable.Range(0, total).Select(i => new PlannedPerson(i < women ? Sex.Female : Sex.Male, i < young ? new YearMonth(1990, 1) : new YearMonth(1975, 1), i == 0)).ToArray();

    // the examples of docs/rules/quotas.md.
    [Theory]
    [InlineData(20, 3, 5, "")]
    [InlineData(20, 2, 5, "YOUNG_SHARE_BELOW_TARGET")]
    [InlineData(20, 3, 4, "WOMEN_SHARE_BELOW_TARGET")]
    [InlineData(20, 2, 4, "YOUNG_SHARE_BELOW_TARGET,WOMEN_SHARE_BELOW_TARGET")]
    public void Check_Shares_WarnsBelowTarget(int total, int young, int women, string codes)
    {
        var report = StructureTargetRule.Check(People(total, young, women), "province", Reference, Cadres.Qd50.Structure);
        Assert.Equal(codes, string.Join(',', report.Warnings.Select(w => w.Code)));
        Assert.Equal((young, women), (report.Young, report.Women));
    }

    // the example of docs/rules/quotas.md: born 05/1986 → 479 months → young; 04/1986 → 480 → not young.
    [Theory]
    [InlineData(1986, 5, 1)]
    [InlineData(1986, 4, 0)]
    public void Check_YoungBoundary_ExactlyFortyIsNotYoung(int year, int month, int young) =>
        Assert.Equal(young, StructureTargetRule.Check([new PlannedPerson(Sex.Male, new YearMonth(year, month), false)], "province", Reference, Cadres.Qd50.Structure).Young);

    [Theory]
    [InlineData(true, "NO_WOMAN_KEY_LEADER")]
    [InlineData(false, "")]
    public void Check_NamDinhWomanAmongKeyLeaders_Warns(bool womanRequired, string codes)
    {
        var targets = Cadres.NamDinh.Structure with { WomanAmongKeyLeaders = womanRequired };
        var report = StructureTargetRule.Check(People(20, 3, 5).Select(p => p with { KeyLeadership = p.Sex == Sex.Male }).ToArray(), "province", Reference, targets);
        Assert.Equal(codes, string.Join(',', report.Warnings.Select(w => w.Code)));
    }
}
