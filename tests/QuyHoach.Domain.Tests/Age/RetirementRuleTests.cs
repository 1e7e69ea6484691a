using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Tests.Age;

public class RetirementRuleTests
{
    // R-AGE-4: the cut-offs of Kế hoạch 331/KH-SCT at 04/2022 and the examples of docs/rules/age.md.
    [Theory]
    [InlineData(Sex.Male, "1966-03", 61, 9, "2027-12", 68)]
    [InlineData(Sex.Male, "1966-04", 62, 0, "2028-04", 72)]
    [InlineData(Sex.Female, "1970-08", 57, 4, "2027-12", 68)]
    [InlineData(Sex.Female, "1970-09", 57, 8, "2028-05", 73)]
    [InlineData(Sex.Male, "1970-03", 62, 0, "2032-03", 119)]
    [InlineData(Sex.Male, "1970-04", 62, 0, "2032-04", 120)]
    [InlineData(Sex.Female, "1973-04", 58, 8, "2031-12", 116)]
    [InlineData(Sex.Female, "1973-05", 59, 0, "2032-05", 121)]
    public void MonthsRemaining_Seed001CutOffs_MatchRules43(Sex sex, string birth, int years, int months, string retirement, int remainingAt202204)
    {
        var b = Parse(birth);
        var facts = RetirementRule.For(sex, b);
        Assert.Equal(AgeInMonths.Of(years, months), facts.RetirementAge);
        Assert.Equal(Parse(retirement), facts.RetirementMonth);
        Assert.Equal(Parse(retirement).AddMonths(1), facts.PensionStartMonth);
        Assert.Equal(remainingAt202204, RetirementRule.MonthsRemaining(sex, b, new YearMonth(2022, 4)));
    }

    [Theory]
    [InlineData(Sex.Male, "1965-02", "2026-08")]
    [InlineData(Sex.Female, "1969-05", "2026-05")]
    [InlineData(Sex.Female, "1970-12", "2028-08")]
    [InlineData(Sex.Male, "1966-01", "2027-10")]
    [InlineData(Sex.Female, "1975-05", "2035-05")]
    [InlineData(Sex.Male, "1976-12", "2038-12")]
    [InlineData(Sex.Male, "1959-06", "2019-06")]
    public void RetirementMonth_SanityValues_MatchRules11(Sex sex, string birth, string retirement) =>
        Assert.Equal(Parse(retirement), RetirementRule.For(sex, Parse(birth)).RetirementMonth);

    [Fact]
    public void MonthsRemaining_Hd06Example_SixtyThenFiftyNine()
    {
        var birth = new YearMonth(1965, 2);
        Assert.Equal(60, RetirementRule.MonthsRemaining(Sex.Male, birth, new YearMonth(2021, 8)));
        Assert.Equal(59, RetirementRule.MonthsRemaining(Sex.Male, birth, new YearMonth(2021, 9)));
    }

    [Fact]
    public void MonthsRemaining_PersonalOverride_UsesOverrideAge()
    {
        var birth = new YearMonth(1970, 4);
        Assert.Equal(96, RetirementRule.MonthsRemaining(Sex.Male, birth, new YearMonth(2022, 4), AgeInMonths.Of(60)));
    }

    [Fact]
    public void PartialDate_YearOnly_CountsAsJanuary() =>
        Assert.Equal(new YearMonth(1966, 1), new PartialDate(1966).AgeMonth);

    private static YearMonth Parse(string text) => YearMonth.TryParse(text, out var value) ? value : throw new FormatException(text);
}
