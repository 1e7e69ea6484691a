using System.Globalization;
using QuyHoach.Domain.Calendar;

namespace QuyHoach.Domain.Tests.Calendar;

/// <summary>
/// The Vietnamese calendar (UTC+7) against .NET's ChineseLunisolarCalendar (UTC+8): they agree in most years and
/// differ when a new moon falls between 23:00 and 24:00 Vietnam time, or when that moves a solar term across a
/// month boundary (then a leap month moves too, as in 1984–1985).
/// </summary>
public class ChineseCalendarComparisonTests
{
    private static readonly ChineseLunisolarCalendar Chinese = new();

    private static DateOnly ChineseTet(int year) => DateOnly.FromDateTime(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

    // the example of docs/rules/calendar.md and the well-known differing years 1968, 1985, 2007, 2030, 2053. 1903–1965 differ too under
    // UTC+7, though Vietnam then used UTC+8 (the North moved to UTC+7 in 1967); we compute one calendar for all years.
    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2053, "2053-02-18", "2053-02-19")]
    public void Tet_KnownDifferingYears_VietnameseDateDiffersFromChinese(int year, string vietnamese, string chinese)
    {
        Assert.Equal(DateOnly.Parse(vietnamese), LunarCalendar.Tet(year));
        Assert.Equal(DateOnly.Parse(chinese), ChineseTet(year));
    }

    [Fact]
    public void Tet_Years1901To2100_DifferFromChineseExactlyInNineYears()
    {
        var differ = Enumerable.Range(1901, 200).Where(y => LunarCalendar.Tet(y) != ChineseTet(y));
        Assert.Equal([1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053], differ);
    }

    // 1985: China had a leap month 10 in 1984; Vietnam had none that year (its leap month is 2 of 1985), so Tết 1985
    // came a month earlier in Vietnam.
    [Fact]
    public void LeapMonth_1984_DiffersFromChinese()
    {
        Assert.Equal(10, Chinese.GetLeapMonth(1984) - 1);
        Assert.Null(LunarCalendar.LeapMonth(1984));
        Assert.Equal(2, LunarCalendar.LeapMonth(1985));
    }

    [Fact]
    public void ToLunar_Years2022To2029_AgreeWithChineseOnEveryDay()
    {
        for (var d = new DateOnly(2022, 2, 1); d < new DateOnly(2030, 1, 1); d = d.AddDays(1))
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            var year = Chinese.GetYear(dt);
            var month = Chinese.GetMonth(dt);
            var leapMonth = Chinese.GetLeapMonth(year);
            var isLeap = leapMonth != 0 && month == leapMonth;
            var civilMonth = leapMonth != 0 && month >= leapMonth ? month - 1 : month;
            Assert.Equal(new LunarDate(year, civilMonth, Chinese.GetDayOfMonth(dt), isLeap), LunarCalendar.ToLunar(d));
        }
    }
}
