using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.Quotas;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Eligibility;

/// <summary>
/// The screening hot path reads ratings without sorting and cites each rule once per rule set (a memo beside the
/// instance): the verdicts must read exactly as a sort and a fresh citation would give them.
/// </summary>
public class ScreeningHotPathTests
{
    private static RuleSet TwoYears => Cadres.Qd50 with { Evaluation = Cadres.Qd50.Evaluation with { RatingYears = 2 } };

    public static TheoryData<YearRating[], string> LatestRatings() => new()
    {
        // Newest first, whatever the order given.
        { [new(2019, Rating.Failed), new(2021, Rating.Completed), new(2020, Rating.Failed)], "2021 HTNV|2020 KHTNV" },
        { [new(2020, Rating.Good), new(2021, Rating.Good), new(2019, Rating.Failed)], "" },
        // Two ratings for one year: both are "the latest two", in the order given (a stable sort).
        { [new(2020, Rating.Failed), new(2021, Rating.Failed), new(2021, Rating.Completed)], "2021 KHTNV|2021 HTNV" },
        { [new(2021, Rating.Completed), new(2021, Rating.Failed), new(2020, Rating.Failed)], "2021 HTNV|2021 KHTNV" },
    };

    [Theory]
    [MemberData(nameof(LatestRatings))]
    public void Ratings_LatestYearsNewestFirst_TiesInGivenOrder(YearRating[] ratings, string expected)
    {
        var verdict = EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { Ratings = ratings }), TwoYears);
        var below = verdict.Reasons.Where(r => r.Code == "RATING_BELOW_MINIMUM")
            .Select(r => r.Message.Split(" xếp loại ")[0]["Năm ".Length..] + " " + r.Message.Split(" xếp loại ")[1].Split(',')[0]);
        Assert.Equal(expected, string.Join('|', below));
    }

    [Fact]
    public void Ratings_FewerThanTheYearsRead_Missing() =>
        Assert.Equal(
            ["RATING_MISSING"],
            EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good), TwoYears).Reasons.Select(r => r.Code));

    [Fact]
    public void Cite_ACopyWithOtherBases_CitesItsOwn()
    {
        var set = Cadres.Qd50;
        var before = set.Cite(PlanCapRule.Basis);
        var copy = set with { RuleBases = new Dictionary<string, RuleBasis> { ["R-PRI-5"] = new(["50-QĐ/TW"], "Điều 99") } };
        Assert.Equal("Điều 99", copy.Cite(PlanCapRule.Basis).Article);
        Assert.Equal(before, set.Cite(PlanCapRule.Basis));
        Assert.NotEqual("Điều 99", set.Cite(PlanCapRule.Basis).Article);
    }

    [Fact]
    public void Cite_LeavesEqualityAlone()
    {
        var cited = Cadres.Qd50 with { };
        var fresh = Cadres.Qd50 with { };
        _ = cited.Cite(PlanCapRule.Basis);
        Assert.Equal(fresh, cited);
        Assert.Equal(fresh.GetHashCode(), cited.GetHashCode());
    }

    [Fact]
    public void Verdict_NamesTheRuleSetByIdAndVersion()
    {
        var set = Cadres.Qd377;
        Assert.Equal($"{set.Id}@{set.Version}", EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good), set).RuleSetId);
    }
}
