using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.RuleSets;

public class RuleSetCatalogTests
{
    // the example of docs/rules/rule-sets.md (R-REG-1).
    [Theory]
    [InlineData("2025-10-01", "qd50")]
    [InlineData("2025-10-07", "qd50")]
    [InlineData("2025-10-08", "qd377")]
    [InlineData("2025-10-10", "qd377")]
    [InlineData("2021-12-27", "qd50")]
    public void InForceOn_RoundStart_SelectsRegime(string date, string expected) =>
        Assert.Equal(expected, RuleSetCatalog.BuiltIn.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))!.Id);

    [Fact]
    public void InForceOn_BeforeQd50_None() => Assert.Null(RuleSetCatalog.BuiltIn.InForceOn(new DateOnly(2021, 12, 26)));

    [Fact]
    public void Newest_BuiltIn_IsQd377() => Assert.Equal("qd377", RuleSetCatalog.BuiltIn.Newest.Id);

    [Fact]
    public void Qd50_Numbers_MatchSeeds()
    {
        var s = RuleSetCatalog.BuiltIn.Find("qd50")!;
        Assert.Equal(Regime.Qd50, s.Regime);
        Assert.Equal(new VoteThreshold(3, 10, ThresholdComparison.Inclusive, VoteBase.Present), s.Voting.KeyCadres);
        Assert.Equal(new VoteThreshold(1, 2, ThresholdComparison.Strict, VoteBase.Convened), s.Voting.Final);
        Assert.Equal(72, s.AgeFloors.CurrentTermAdditionMonths);
        Assert.Equal(3, s.Caps.CadresPerTitlePerTerm);
        Assert.Equal(DisciplinePlanningPolicy.BarWhileInForce, s.DisciplinePolicy);
        Assert.False(s.IsUnconfirmed("thresholds.final"));
    }

    [Fact]
    public void Qd377_UnconfirmedNumbersAndKnownChanges_Marked()
    {
        var s = RuleSetCatalog.BuiltIn.Find("qd377")!;
        Assert.True(s.IsUnconfirmed("thresholds.final"));
        Assert.True(s.IsUnconfirmed("quorum"));
        Assert.False(s.IsUnconfirmed("ageFloors.nextTermMinimumMonths"));
        Assert.Equal(new DisciplineWaits(12, 12, 24, 24, 36, 60), s.DisciplineWaits);
        Assert.Equal(DisciplinePlanningPolicy.Qd377Cases, s.DisciplinePolicy);
    }

    [Fact]
    public void NamDinhOverride_LayersOnQd50()
    {
        var s = RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!;
        Assert.Equal("qd50", s.Extends);
        Assert.Equal(120, s.AgeFloors.BySourceGroup[2]);
        Assert.Equal(72, s.AgeFloors.CurrentTermAdditionMonths);
        Assert.True(s.Structure.WomanAmongKeyLeaders);
        Assert.Equal(Regime.Qd50, s.Regime);
        Assert.Contains(s.Citations, c => c.Contains("37-KH/TU", StringComparison.Ordinal));
        Assert.Contains(s.Citations, c => c.Contains("50-QĐ/TW", StringComparison.Ordinal));
    }
}
