using QuyHoach.Domain.Common;
using QuyHoach.Domain.Quotas;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Quotas;

/// <summary>Every structure dimension of a QĐ 377 plan is counted: young, women, science and technology (R-STR-5).</summary>
public class StructureDimensionsTests
{
    private static readonly YearMonth Reference = new(2026, 4);

    // 10 people: 3 young (born 1990), 4 women, 2 with a science and technology qualification, each dimension on other people.
    private static PlannedPerson[] People() => [.. Enumerable.Range(0, 10).Select(i => new PlannedPerson(
        i is >= 3 and < 7 ? Sex.Female : Sex.Male, i < 3 ? new YearMonth(1990, 1) : new YearMonth(1975, 1), false, ScienceTechnology: i >= 8))];

    [Fact]
    public void Check_Qd377_CountsEveryDimension()
    {
        var report = StructureTargetRule.Check(People(), "province", Reference, RuleSetCatalog.BuiltIn.Find("qd377")!.Structure);
        Assert.Equal((10, 3, 4, 2), (report.Total, report.Young, report.Women, report.ScienceTechnology));
    }

    [Theory]
    [InlineData(1, 5, "SCIENCE_TECHNOLOGY_SHARE_BELOW_TARGET")] // 2/10 reaches 1/5: no warning
    [InlineData(1, 4, "SCIENCE_TECHNOLOGY_SHARE_BELOW_TARGET")] // 2/10 is below 1/4: warned
    public void Check_ScienceTechnologyTarget_WarnsOnlyBelowIt(int numerator, int denominator, string code)
    {
        var targets = RuleSetCatalog.BuiltIn.Find("qd377")!.Structure with { ScienceTechnologyShare = new Ratio(numerator, denominator) };
        var codes = StructureTargetRule.Check(People(), "province", Reference, targets).Warnings.Select(w => w.Code).ToList();
        Assert.Equal(denominator == 4, codes.Contains(code));
    }

    [Fact]
    public void Check_NoScienceTechnologyTarget_CountsWithoutWarning()
    {
        var report = StructureTargetRule.Check(People(), "province", Reference, RuleSetCatalog.BuiltIn.Find("qd377")!.Structure);
        Assert.Null(RuleSetCatalog.BuiltIn.Find("qd377")!.Structure.ScienceTechnologyShare);
        Assert.DoesNotContain(report.Warnings, w => w.Code == "SCIENCE_TECHNOLOGY_SHARE_BELOW_TARGET");
    }
}
