using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Domain.Tests.Eligibility;

public class AutomaticRemovalPolicyTests
{
    private static PlanReview Review(CadreFacts cadre, string asOf = "2023-04-15") =>
        AutomaticRemovalPolicy.Review(Cadres.Request(cadre, asOf: asOf), new SourceGroup(1, ["TP"]), Cadres.Qd50);

    [Fact]
    public void Review_GoodCadre_Stays()
    {
        var r = Review(Cadres.Good);
        Assert.False(r.RemoveAutomatically);
        Assert.False(r.FlagForRemovalVote);
    }

    [Theory]
    [InlineData("DECEASED")]
    [InlineData("OVER_PLANNING_AGE")]
    [InlineData("DISCIPLINED")]
    [InlineData("POLITICAL_STANDARD_NOT_MET")]
    public void Review_Trigger_RemovesAutomatically(string code)
    {
        var cadre = code switch
        {
            "DECEASED" => Cadres.Good with { Deceased = true },
            "OVER_PLANNING_AGE" => Cadres.Good with { Birth = new PartialDate(1966, 4) }, // 60 left at 04/2023 < 72
            "DISCIPLINED" => Cadres.Good with { Disciplines = [Cadres.Party(DisciplineForm.KhienTrach, "2023-01-10")] },
            _ => Cadres.Good with { PoliticalStandard = PoliticalStandard.NotMet },
        };
        Assert.Equal(code, Assert.Single(Review(cadre).AutomaticRemoval).Code);
    }

    // R-EV-PL1 and the example of docs/rules/evaluation.md (49 points → KHTNV → flagged).
    [Theory]
    [InlineData(Rating.Failed, true)]
    [InlineData(Rating.Completed, false)]
    public void Review_LatestRating_FlagsRemovalVote(Rating latest, bool flagged) =>
        Assert.Equal(flagged, Review(Cadres.Good with { Ratings = [new YearRating(2021, Rating.Excellent), new YearRating(2022, latest)] }).FlagForRemovalVote);
}
