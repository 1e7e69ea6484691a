using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Tests.Time;

public class MonthPeriodTests
{
    // docs/rules/calendar.md: same day number, clamped to the month's last day.
    [Theory]
    [InlineData("2025-10-10", 6, "2026-04-10")]
    [InlineData("2025-08-31", 6, "2026-02-28")]
    [InlineData("2023-08-31", 6, "2024-02-29")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2025-11-30", 3, "2026-02-28")]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2026-01-15", 0, "2026-01-15")]
    [InlineData("2026-03-31", -1, "2026-02-28")]
    public void AddMonths_Table_ClampsToMonthEnd(string from, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), MonthPeriod.AddMonths(DateOnly.Parse(from), months));

    [Theory]
    [InlineData("2026-01-15", 3, "2026-04-16")]
    [InlineData("2025-11-30", 3, "2026-03-01")]
    [InlineData("2025-03-20", 12, "2026-03-21")]
    [InlineData("2026-01-31", 1, "2026-03-01")]
    public void AfterMonths_Table_IsDayAfterCorrespondingDay(string from, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), MonthPeriod.AfterMonths(DateOnly.Parse(from), months));

    // the example of docs/rules/principles.md numbers, both readings.
    [Theory]
    [InlineData("2026-01-15", 3, MonthCountReading.CivilCode, "2026-04-16")]
    [InlineData("2026-01-15", 3, MonthCountReading.Anniversary, "2026-04-15")]
    [InlineData("2025-11-30", 3, MonthCountReading.CivilCode, "2026-03-01")]
    [InlineData("2025-11-30", 3, MonthCountReading.Anniversary, "2026-02-28")]
    public void WaitElapsedOn_BothReadings_MatchRules84(string from, int months, MonthCountReading reading, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), MonthPeriod.WaitElapsedOn(DateOnly.Parse(from), months, reading));
}
