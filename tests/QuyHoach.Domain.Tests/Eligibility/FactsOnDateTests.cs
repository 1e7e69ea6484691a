using System.Globalization;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Domain.Tests.Eligibility;

/// <summary>Which dated records a review on a given day reads (R-EV-PL2, R-DOS-3): one line per edge.</summary>
public class FactsOnDateTests
{
    [Theory]
    [InlineData("2026-01-01", "2021,2022,2023,2024,2025")]
    [InlineData("2026-12-31", "2021,2022,2023,2024,2025")]
    [InlineData("2025-12-31", "2021,2022,2023,2024")]
    [InlineData("2021-06-15", "")]
    public void Ratings_ReviewDay_OnlyTheYearsBeforeItsYear(string asOf, string years)
    {
        var ratings = Enumerable.Range(2021, 6).Select(y => new YearRating(y, Rating.Good)).ToList();
        var known = FactsOnDate.Ratings(ratings, Day(asOf));
        Assert.Equal(years, string.Join(',', known.Select(r => r.Year)));
    }

    [Theory]
    [InlineData("2025-03-14", PoliticalStandard.NotConcluded)]
    [InlineData("2025-03-15", PoliticalStandard.Met)]
    [InlineData("2025-05-31", PoliticalStandard.Met)]
    [InlineData("2025-06-01", PoliticalStandard.NotMet)]
    [InlineData("2026-12-03", PoliticalStandard.NotMet)]
    public void Standard_ReviewDay_LatestConclusionDatedOnOrBefore(string asOf, PoliticalStandard expected)
    {
        DatedConclusion[] conclusions = [new(Day("2025-06-01"), false), new(Day("2025-03-15"), true)];
        Assert.Equal(expected, FactsOnDate.Standard(conclusions, Day(asOf)));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
