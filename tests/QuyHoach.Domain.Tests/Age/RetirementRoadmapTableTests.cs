using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Tests.Age;

/// <summary>
/// NĐ 135/2020 Phụ lục I, hand-written as bands: every birth month from the first to the last of a band retires at
/// the band's age, in April (men) or May (women) to December of the band's year. Every birth month of the roadmap's
/// step years is covered (men 2021–2028, women 2021–2035), with the months just before and after.
/// </summary>
public class RetirementRoadmapTableTests
{
    [Theory]
    [InlineData(Sex.Male, "1960-01", "1960-12", 60, 0, 2020)] // reached 60 before 2021: old age kept
    [InlineData(Sex.Male, "1961-01", "1961-09", 60, 3, 2021)]
    [InlineData(Sex.Male, "1961-10", "1962-06", 60, 6, 2022)]
    [InlineData(Sex.Male, "1962-07", "1963-03", 60, 9, 2023)]
    [InlineData(Sex.Male, "1963-04", "1963-12", 61, 0, 2024)]
    [InlineData(Sex.Male, "1964-01", "1964-09", 61, 3, 2025)]
    [InlineData(Sex.Male, "1964-10", "1965-06", 61, 6, 2026)]
    [InlineData(Sex.Male, "1965-07", "1966-03", 61, 9, 2027)]
    [InlineData(Sex.Male, "1966-04", "1966-12", 62, 0, 2028)]
    [InlineData(Sex.Male, "1967-01", "1967-12", 62, 0, 2029)]
    [InlineData(Sex.Female, "1965-01", "1965-12", 55, 0, 2020)]
    [InlineData(Sex.Female, "1966-01", "1966-08", 55, 4, 2021)]
    [InlineData(Sex.Female, "1966-09", "1967-04", 55, 8, 2022)]
    [InlineData(Sex.Female, "1967-05", "1967-12", 56, 0, 2023)]
    [InlineData(Sex.Female, "1968-01", "1968-08", 56, 4, 2024)]
    [InlineData(Sex.Female, "1968-09", "1969-04", 56, 8, 2025)]
    [InlineData(Sex.Female, "1969-05", "1969-12", 57, 0, 2026)]
    [InlineData(Sex.Female, "1970-01", "1970-08", 57, 4, 2027)]
    [InlineData(Sex.Female, "1970-09", "1971-04", 57, 8, 2028)]
    [InlineData(Sex.Female, "1971-05", "1971-12", 58, 0, 2029)]
    [InlineData(Sex.Female, "1972-01", "1972-08", 58, 4, 2030)]
    [InlineData(Sex.Female, "1972-09", "1973-04", 58, 8, 2031)]
    [InlineData(Sex.Female, "1973-05", "1973-12", 59, 0, 2032)]
    [InlineData(Sex.Female, "1974-01", "1974-08", 59, 4, 2033)]
    [InlineData(Sex.Female, "1974-09", "1975-04", 59, 8, 2034)]
    [InlineData(Sex.Female, "1975-05", "1975-12", 60, 0, 2035)]
    [InlineData(Sex.Female, "1976-01", "1976-12", 60, 0, 2036)]
    public void For_EveryBirthMonthOfBand_MatchesPhuLucI(Sex sex, string first, string last, int years, int months, int retirementYear)
    {
        var firstMonth = Parse(first);
        var count = Parse(last).MonthsSince(firstMonth) + 1;
        var expectedFirstRetirement = firstMonth.AddMonths(AgeInMonths.Of(years, months).TotalMonths);
        for (var i = 0; i < count; i++)
        {
            var facts = RetirementRule.For(sex, firstMonth.AddMonths(i));
            Assert.Equal(AgeInMonths.Of(years, months), facts.RetirementAge);
            Assert.Equal(expectedFirstRetirement.AddMonths(i), facts.RetirementMonth);
            Assert.Equal(retirementYear, facts.RetirementMonth.Year);
            Assert.Equal(facts.RetirementMonth.AddMonths(1), facts.PensionStartMonth);
        }

        // Each step year's band ends in December, so the next band starts in a new year.
        Assert.Equal(12, RetirementRule.For(sex, Parse(last)).RetirementMonth.Month);
    }

    // The gaps of docs/rules/age.md: in step years the first retirement month is April (men) / May (women).
    [Theory]
    [InlineData(Sex.Male, 2021, 2028, 4)]
    [InlineData(Sex.Female, 2021, 2035, 5)]
    public void For_StepYears_NobodyRetiresBeforeFirstMonth(Sex sex, int firstYear, int lastYear, int firstMonth)
    {
        var retirements = Enumerable.Range(0, 12 * 30)
            .Select(i => RetirementRule.For(sex, new YearMonth(1955, 1).AddMonths(i)).RetirementMonth)
            .ToHashSet();
        for (var year = firstYear; year <= lastYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                Assert.Equal(month >= firstMonth, retirements.Contains(new YearMonth(year, month)));
            }
        }
    }

    private static YearMonth Parse(string text) => YearMonth.TryParse(text, out var value) ? value : throw new FormatException(text);
}
