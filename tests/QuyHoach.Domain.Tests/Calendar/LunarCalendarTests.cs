using QuyHoach.Domain.Calendar;

namespace QuyHoach.Domain.Tests.Calendar;

public class LunarCalendarTests
{
    // R-CAL-1 and the Tết checks of docs/rules/calendar.md (2030).
    [Theory]
    [InlineData(2022, "2022-02-01", "2022-04-10")]
    [InlineData(2023, "2023-01-22", "2023-04-29")]
    [InlineData(2024, "2024-02-10", "2024-04-18")]
    [InlineData(2025, "2025-01-29", "2025-04-07")]
    [InlineData(2026, "2026-02-17", "2026-04-26")]
    [InlineData(2027, "2027-02-06", "2027-04-16")]
    [InlineData(2028, "2028-01-26", "2028-04-04")]
    [InlineData(2029, "2029-02-13", "2029-04-23")]
    [InlineData(2030, "2030-02-02", "2030-04-12")]
    public void TetAndGioTo_Years2022To2030_MatchRules81(int year, string tet, string gioTo)
    {
        Assert.Equal(DateOnly.Parse(tet), LunarCalendar.Tet(year));
        Assert.Equal(DateOnly.Parse(gioTo), LunarCalendar.GioTo(year));
    }

    // Published Vietnamese calendar values (leap months 2020: 4, 2023: 2, 2025: 6; Tết 2026 preceded by 29 Chạp).
    [Theory]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    [InlineData("2026-02-17", 2026, 1, 1, false)]
    [InlineData("2020-05-23", 2020, 4, 1, true)]
    [InlineData("2020-04-23", 2020, 4, 1, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2025-06-25", 2025, 6, 1, false)]
    [InlineData("1900-01-31", 1900, 1, 1, false)]
    [InlineData("1945-09-02", 1945, 7, 26, false)]
    [InlineData("2054-07-05", 2054, 6, 1, false)] // the published code's day-0 edge
    [InlineData("2054-07-04", 2054, 5, 29, false)]
    public void ToLunar_KnownDates_MatchVietnameseCalendar(string solar, int year, int month, int day, bool leap)
    {
        var expected = new LunarDate(year, month, day, leap);
        Assert.Equal(expected, LunarCalendar.ToLunar(DateOnly.Parse(solar)));
        Assert.Equal(DateOnly.Parse(solar), LunarCalendar.ToSolar(expected));
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2026, null)]
    [InlineData(2024, null)]
    public void LeapMonth_Years_MatchVietnameseCalendar(int year, int? leapMonth) =>
        Assert.Equal(leapMonth, LunarCalendar.LeapMonth(year));

    [Theory]
    [InlineData(2025, 12, 30, false)] // Chạp 2025 has 29 days
    [InlineData(2026, 4, 1, true)]    // 2026 has no leap month
    [InlineData(2025, 5, 1, true)]    // 2025's leap month is 6, not 5
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 1, 31, false)]
    public void ToSolar_NonexistentLunarDate_ReturnsNull(int year, int month, int day, bool leap) =>
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(year, month, day, leap)));

    [Fact]
    public void ToSolar_EveryDay1900To2100_RoundTrips()
    {
        for (var d = new DateOnly(1900, 1, 1); d <= new DateOnly(2100, 12, 31); d = d.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(d);
            Assert.InRange(lunar.Day, 1, 30);
            Assert.Equal(d, LunarCalendar.ToSolar(lunar));
        }
    }

    [Fact]
    public void ToLunar_EveryDay1900To2100_DaysAdvanceByOneOrStartNewMonth()
    {
        var previous = LunarCalendar.ToLunar(new DateOnly(1900, 1, 1));
        for (var d = new DateOnly(1900, 1, 2); d <= new DateOnly(2100, 12, 31); d = d.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(d);
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }

            previous = lunar;
        }
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2101-01-01")]
    public void ToLunar_OutsideRange_Throws(string solar) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToLunar(DateOnly.Parse(solar)));
}
