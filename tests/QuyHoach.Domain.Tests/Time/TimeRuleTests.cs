using QuyHoach.Domain.Age;
using QuyHoach.Domain.Calendar;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Tests.Time;

public class TimeRuleTests
{
    // Documented QĐ 50 defaults (docs/rules/rule-sets.md): 6 months, 30 working days, 3 months, 60 months.
    private const int DossierMonths = 6;
    private const int ApprovalWorkingDays = 30;
    private const int AppointmentWaitMonths = 3;
    private const int TransitionalMonths = 60;

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    // the example of docs/rules/dossiers.md (R-DOS-2).
    [Theory]
    [InlineData("2025-10-10", "2026-04-10", true)]
    [InlineData("2025-10-09", "2026-04-10", false)]
    [InlineData("2025-08-31", "2026-02-28", true)]
    [InlineData("2025-08-31", "2026-03-01", false)]
    public void DossierFreshness_Check_ExactlySixMonthsIsValid(string document, string consideration, bool fresh)
    {
        var verdict = DossierFreshnessRule.Check(D(document), D(consideration), DossierMonths);
        Assert.Equal(fresh, verdict.IsFresh);
        Assert.Equal("R-DOS-2", verdict.Basis.RuleId);
    }

    // the examples of docs/rules/working-days.md (R-AUTH-2).
    [Theory]
    [InlineData("2026-02-06", "2026-03-27", "2026-03-27", false)]
    [InlineData("2026-02-06", "2026-03-30", "2026-03-27", true)]
    [InlineData("2026-04-20", "2026-06-04", "2026-06-04", false)]
    [InlineData("2026-04-20", "2026-06-05", "2026-06-04", true)]
    public void ApprovalDeadline_Check_ThirtyWorkingDays(string complete, string decided, string due, bool late)
    {
        var verdict = ApprovalDeadlineRule.Check(D(complete), D(decided), ApprovalWorkingDays, WorkingCalendar.Standard());
        Assert.Equal(D(due), verdict.DueOn);
        Assert.Equal(late, verdict.IsLate);
        Assert.Equal(ApprovalWorkingDays, verdict.WorkingDays);
        Assert.Equal("R-AUTH-2", verdict.Basis.RuleId);
    }

    // the example of docs/rules/principles.md (R-PRI-8), both readings.
    [Theory]
    [InlineData("2026-01-15", "2026-04-16", MonthCountReading.CivilCode, true, "2026-04-16")]
    [InlineData("2026-01-15", "2026-04-15", MonthCountReading.CivilCode, false, "2026-04-16")]
    [InlineData("2026-01-15", "2026-04-15", MonthCountReading.Anniversary, true, "2026-04-15")]
    [InlineData("2026-01-15", "2026-04-14", MonthCountReading.CivilCode, false, "2026-04-16")]
    [InlineData("2026-01-15", "2026-04-14", MonthCountReading.Anniversary, false, "2026-04-15")]
    [InlineData("2025-11-30", "2026-03-01", MonthCountReading.CivilCode, true, "2026-03-01")]
    [InlineData("2025-11-30", "2026-02-28", MonthCountReading.CivilCode, false, "2026-03-01")]
    [InlineData("2025-11-30", "2026-02-28", MonthCountReading.Anniversary, true, "2026-02-28")]
    public void AppointmentWait_Check_Case31(string approved, string start, MonthCountReading reading, bool allowed, string earliest)
    {
        var verdict = AppointmentWaitRule.Check(D(approved), D(start), AppointmentWaitMonths, reading);
        Assert.Equal(allowed, verdict.Allowed);
        Assert.Equal(D(earliest), verdict.EarliestStart);
        Assert.Equal("R-PRI-8", verdict.Basis.RuleId);
    }

    // the example of docs/rules/terms.md (R-TRANS-1): man 04/1966 retires 04/2028; at 04/2023 he has 60 months, at 05/2023 59. The
    // rule applies to plans approved before QĐ 50 (27/12/2021), read from the rule set.
    [Theory]
    [InlineData("2020-06-01", 2023, 4, true, true, 60)]
    [InlineData("2020-06-01", 2023, 5, true, false, 59)]
    [InlineData("2021-12-26", 2023, 4, true, true, 60)]
    [InlineData("2021-12-27", 2023, 4, false, true, 60)]
    [InlineData("2022-03-01", 2023, 4, false, true, 60)]
    public void TransitionalPlanning_Case30(string plannedOn, int refYear, int refMonth, bool applies, bool kept, int remaining)
    {
        var ruleSet = RuleSetCatalog.BuiltIn.Find("qd50")!;
        Assert.Equal(applies, TransitionalPlanningRule.Applies(D(plannedOn), ruleSet));
        var floor = TransitionalPlanningRule.Floor(ruleSet.AgeFloors);
        Assert.Equal(TransitionalMonths, floor.Months);
        Assert.Equal("R-TRANS-1", floor.Basis.RuleId);
        var left = RetirementRule.MonthsRemaining(Sex.Male, new YearMonth(1966, 4), new YearMonth(refYear, refMonth));
        Assert.Equal(remaining, left);
        Assert.Equal(kept, left >= floor.Months);
    }

    // Case 30 at the stated reference 04/2022: man 07/1965 retires 04/2027 (61y9m) → exactly 60, kept; man 06/1965
    // retires 12/2026 (61y6m) → 56 (no man retires January–March 2027, so nobody has 57–59 at this reference).
    [Theory]
    [InlineData(Sex.Female, 1970, 9, true, 73)]
    [InlineData(Sex.Male, 1966, 3, true, 68)]
    [InlineData(Sex.Male, 1965, 7, true, 60)]
    [InlineData(Sex.Male, 1965, 6, false, 56)]
    public void TransitionalPlanning_Reference202204(Sex sex, int birthYear, int birthMonth, bool kept, int remaining)
    {
        var left = RetirementRule.MonthsRemaining(sex, new YearMonth(birthYear, birthMonth), new YearMonth(2022, 4));
        Assert.Equal(remaining, left);
        Assert.Equal(kept, left >= TransitionalPlanningRule.Floor(RuleSetCatalog.BuiltIn.Find("qd50")!.AgeFloors).Months);
    }
}
