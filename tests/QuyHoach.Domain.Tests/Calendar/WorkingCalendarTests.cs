using FsCheck;
using FsCheck.Fluent;
using QuyHoach.Domain.Calendar;

namespace QuyHoach.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Standard = WorkingCalendar.Standard();

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    // the examples of docs/rules/working-days.md (R-AUTH-2, 30 working days).
    [Theory]
    [InlineData("2026-02-06", 30, "2026-03-27")]
    [InlineData("2026-04-20", 30, "2026-06-04")]
    [InlineData("2026-02-13", 1, "2026-02-23")]
    [InlineData("2025-04-25", 1, "2025-04-26")]
    [InlineData("2024-04-26", 1, "2024-05-02")]
    [InlineData("2026-02-06", 0, "2026-02-06")]
    public void AddWorkingDays_Table_SkipsWeekendsAndDaysOff(string from, int days, string expected) =>
        Assert.Equal(D(expected), Standard.AddWorkingDays(D(from), days));

    [Theory]
    [InlineData("2026-02-06", "2026-03-27", 30)]
    [InlineData("2026-04-20", "2026-06-04", 30)]
    [InlineData("2026-02-13", "2026-02-22", 0)]
    [InlineData("2026-02-06", "2026-02-06", 0)]
    [InlineData("2026-03-27", "2026-02-06", 0)]
    public void CountWorkingDays_Table_AfterFromUpToAndIncludingTo(string from, string to, int expected) =>
        Assert.Equal(expected, Standard.CountWorkingDays(D(from), D(to)));

    [Theory]
    [InlineData("2025-04-26", true)]  // Saturday worked (swap)
    [InlineData("2025-05-02", false)] // Friday swapped off
    [InlineData("2024-05-04", true)]
    [InlineData("2024-04-29", false)]
    [InlineData("2026-02-16", false)] // 29 Chạp
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)] // compensatory for Giỗ Tổ on Sunday
    [InlineData("2026-09-02", false)]
    [InlineData("2026-09-03", false)] // default day next to 2/9 (Wednesday): 3/9
    [InlineData("2020-09-03", true)]  // BLLĐ 2012: one day only
    [InlineData("2030-02-01", false)] // formula: Tết 2030 = Sat 02/02, days off from Thu 31/01
    [InlineData("2030-02-07", true)]
    public void IsWorkingDay_AnnouncedScheduleAndFormula_Table(string date, bool working) =>
        Assert.Equal(working, Standard.IsWorkingDay(D(date)));

    // the example of docs/rules/calendar.md.
    [Fact]
    public void IsWorkingDay_CultureDay_WorkingUnlessSwitchedOn()
    {
        Assert.True(Standard.IsWorkingDay(D("2026-11-24")));
        var switchedOn = WorkingCalendar.Standard(new HolidayOptions(D("2026-01-01")));
        Assert.False(switchedOn.IsWorkingDay(D("2026-11-24")));
        Assert.True(switchedOn.IsWorkingDay(D("2025-11-24")));
    }

    // The formula alone reproduces 2021–2025 except the announced weekday/Saturday swaps.
    [Fact]
    public void IsWorkingDay_FormulaOnly_DiffersFromSchedule2021To2025OnlyOnSwaps()
    {
        var formula = new WorkingCalendar([]);
        var differ = new List<DateOnly>();
        for (var d = D("2021-01-01"); d <= D("2025-12-31"); d = d.AddDays(1))
        {
            if (formula.IsWorkingDay(d) != Standard.IsWorkingDay(d))
            {
                differ.Add(d);
            }
        }

        Assert.Equal([D("2024-04-29"), D("2024-05-04"), D("2025-04-26"), D("2025-05-02")], differ);
    }

    [Fact]
    public void AddWorkingDays_Property_CountsBackAndLandsOnWorkingDay() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 365 * 12)),
            Arb.From(Gen.Choose(1, 120)),
            (offset, n) =>
            {
                var from = D("2020-01-01").AddDays(offset);
                var due = Standard.AddWorkingDays(from, n);
                return Standard.IsWorkingDay(due) && Standard.CountWorkingDays(from, due) == n
                    && Standard.CountWorkingDays(from, due.AddDays(-1)) == n - 1;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard.AddWorkingDays(D("2026-01-01"), -1));
}
