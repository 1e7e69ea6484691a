using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>The corpus's two doubtful-sheet mixes plant what they say, in every thousand sheets (the bench prints each
/// mix beside its review rate).</summary>
public sealed class CorpusMixTests
{
    [Theory]
    [InlineData(CorpusMix.Stress, 10, 10, 10, 10, 10)]
    [InlineData(CorpusMix.Realistic, 3, 3, 3, 2, 2)]
    public void For_AThousandSheets_PlantsTheMixsDoubtfulSheets(CorpusMix mix, int faint, int corrected, int writeIn, int otherBallot, int twice)
    {
        var random = new Random(7);
        var scenarios = Enumerable.Range(1000, 1000).Select(i => SheetPlan.For(i, random, mix).Scenario).ToList();

        Assert.Equal(faint, scenarios.Count(s => s == CorpusMixes.Faint));
        Assert.Equal(corrected, scenarios.Count(s => s == CorpusMixes.Corrected));
        Assert.Equal(writeIn, scenarios.Count(s => s == CorpusMixes.WriteIn));
        Assert.Equal(otherBallot, scenarios.Count(s => s == CorpusMixes.OtherBallot));
        Assert.Equal(twice, scenarios.Count(s => s == SheetPlan.Twice));
        Assert.Equal(60, scenarios.Count(s => s == "over-quota"));
        Assert.Equal(20, scenarios.Count(s => s == "blank"));
    }
}
