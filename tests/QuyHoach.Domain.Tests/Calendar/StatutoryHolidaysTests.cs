using QuyHoach.Domain.Calendar;

namespace QuyHoach.Domain.Tests.Calendar;

public class StatutoryHolidaysTests
{
    // BLLĐ 2019 Điều 112 with Điều 111 khoản 3 compensation (docs/rules/calendar.md).
    [Theory]
    [InlineData(2023, "2023-01-01,2023-01-02,2023-01-20,2023-01-23,2023-01-24,2023-01-25,2023-01-26,2023-04-29,2023-04-30,2023-05-01,2023-05-02,2023-05-03,2023-09-01,2023-09-02,2023-09-04")]
    [InlineData(2026, "2026-01-01,2026-02-16,2026-02-17,2026-02-18,2026-02-19,2026-02-20,2026-04-26,2026-04-27,2026-04-30,2026-05-01,2026-09-02,2026-09-03")]
    [InlineData(2030, "2030-01-01,2030-01-31,2030-02-01,2030-02-04,2030-02-05,2030-02-06,2030-04-12,2030-04-30,2030-05-01,2030-09-02,2030-09-03")]
    public void For_Year_GivesDaysOffWithCompensation(int year, string expected) =>
        Assert.Equal(expected.Split(',').Select(DateOnly.Parse), StatutoryHolidays.For(year, HolidayOptions.Default).Select(h => h.Date));

    [Fact]
    public void For_CompensatoryDay_NamedAfterHoliday() =>
        Assert.Contains(new Holiday(new DateOnly(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"), StatutoryHolidays.For(2026, HolidayOptions.Default));

    [Fact]
    public void For_CultureDayOnSunday_GetsCompensation()
    {
        // 24/11/2030 is a Sunday.
        var days = StatutoryHolidays.For(2030, new HolidayOptions(new DateOnly(2026, 1, 1))).Select(h => h.Date).ToList();
        Assert.Contains(new DateOnly(2030, 11, 24), days);
        Assert.Contains(new DateOnly(2030, 11, 25), days);
    }
}
