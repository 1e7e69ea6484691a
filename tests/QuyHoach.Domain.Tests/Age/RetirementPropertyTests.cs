using FsCheck;
using FsCheck.Fluent;
using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Tests.Age;

public class RetirementPropertyTests
{
    private static readonly Arbitrary<Sex> Sexes = Arb.From(Gen.Elements(Sex.Male, Sex.Female));

    // Births 01/1940 – 12/2010 as month offsets.
    private static readonly Arbitrary<int> Births = Arb.From(Gen.Choose(0, (71 * 12) - 1));

    private static YearMonth Birth(int offset) => new YearMonth(1940, 1).AddMonths(offset);

    [Fact]
    public void MonthsRemaining_LaterReference_NeverIncreases() =>
        Prop.ForAll(Sexes, Births, Arb.From(Gen.Choose(0, (1201 * 121) - 1)), (sex, b, pair) =>
        {
            // pair encodes a reference offset (0–1200 months after 01/1990) and a later shift (0–120 months).
            var (r, later) = Math.DivRem(pair, 121);
            var reference = new YearMonth(1990, 1).AddMonths(r);
            return RetirementRule.MonthsRemaining(sex, Birth(b), reference.AddMonths(later))
                <= RetirementRule.MonthsRemaining(sex, Birth(b), reference);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void RetirementMonth_LaterBirth_NeverEarlier() =>
        Prop.ForAll(Sexes, Births, Arb.From(Gen.Choose(1, 60)), (sex, b, later) =>
            RetirementRule.For(sex, Birth(b + later)).RetirementMonth >= RetirementRule.For(sex, Birth(b)).RetirementMonth)
        .QuickCheckThrowOnFailure();

    [Fact]
    public void RetirementAge_EqualsRoadmapAgeOfRetirementYear() =>
        Prop.ForAll(Sexes, Births, (sex, b) =>
        {
            var facts = RetirementRule.For(sex, Birth(b));
            return RetirementRule.RoadmapFor(sex).AgeMonthsInYear(facts.RetirementMonth.Year) == facts.RetirementAge.TotalMonths;
        }).QuickCheckThrowOnFailure();
}
