namespace QuyHoach.Domain.Calendar;

/// <summary>
/// Âm lịch Việt Nam: conversion between solar (Gregorian) dates and Vietnamese lunar dates, 1900–2100, with leap
/// months; Tết Nguyên đán and Giỗ Tổ Hùng Vương of a year.
/// </summary>
/// <remarks>
/// <para>Rules (Hồ Ngọc Đức's formulation of the traditional rules, time zone UTC+7): a month starts on the local day
/// of a new moon; the month containing the winter solstice is month 11; a year from one month 11 to the next that
/// holds 13 months has a leap month, the first month after month 11 in which the sun enters no new 30° sector (no
/// "trung khí"). Only <see cref="Astronomy"/> uses floating point; this file works on integer Julian day numbers.</para>
/// <para>Conversions outside solar years 1900–2100 (lunar years 1900–2100) throw: they are programmer errors.
/// A lunar date that does not exist (leap month absent that year, day 30 of a 29-day month) is returned as null.</para>
/// </remarks>
public static class LunarCalendar
{
    /// <summary>First supported year.</summary>
    public const int MinYear = 1900;

    /// <summary>Last supported year.</summary>
    public const int MaxYear = 2100;

    // Julian day number of 0001-01-01 (proleptic Gregorian), so that JD = DateOnly.DayNumber + offset.
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>Tết Nguyên đán: the solar date of lunar 1/1 of <paramref name="year"/>.</summary>
    public static DateOnly Tet(int year) => ToSolar(new LunarDate(year, 1, 1)) ?? throw new InvalidOperationException();

    /// <summary>Giỗ Tổ Hùng Vương: the solar date of lunar 10/3 of <paramref name="year"/> (never a leap month).</summary>
    public static DateOnly GioTo(int year) => ToSolar(new LunarDate(year, 3, 10)) ?? throw new InvalidOperationException();

    /// <summary>The lunar date of <paramref name="date"/>.</summary>
    public static LunarDate ToLunar(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, MinYear, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, MaxYear, nameof(date));
        return ToLunarUnchecked(date);
    }

    // Lunar 2100 months 11–12 end in solar 2101, so the round trip in ToSolar must not be range-checked.
    private static LunarDate ToLunarUnchecked(DateOnly date)
    {
        var day = JulianDay(date);
        // The mean lunation is only an estimate: step back until the new moon is on or before the day. (The
        // published code steps back once, which leaves day 0 on 2054-07-05, where the true new moon is late.)
        var k = Astronomy.LunationBefore(day) + 1;
        var monthStart = Astronomy.NewMoonDay(k);
        while (monthStart > day)
        {
            k--;
            monthStart = Astronomy.NewMoonDay(k);
        }

        var a11 = Month11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11(date.Year + 1);
        }

        var diff = (monthStart - a11) / 29; // months since month 11 (29 ≤ month length ≤ 30)
        var month = diff + 11;
        var leap = false;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                month = diff + 10;
                leap = diff == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day - monthStart + 1, leap);
    }

    /// <summary>The solar date of <paramref name="lunar"/>, or null when that lunar date does not exist.</summary>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunar.Year, MinYear - 1, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunar.Year, MaxYear, nameof(lunar));
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30)
        {
            return null;
        }

        var (a11, b11) = lunar.Month < 11
            ? (Month11(lunar.Year - 1), Month11(lunar.Year))
            : (Month11(lunar.Year), Month11(lunar.Year + 1));
        var k = Astronomy.LunationNearest(a11);
        var offset = (lunar.Month - 11 + 12) % 12;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = (leapOffset - 2 + 12) % 12;
            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                return null;
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            return null;
        }

        var solar = DateOnly.FromDayNumber(Astronomy.NewMoonDay(k + offset) + lunar.Day - 1 - JulianDayOfDayNumberZero);
        return ToLunarUnchecked(solar) == lunar ? solar : null; // day 30 of a 29-day month rolls over: reject it
    }

    /// <summary>The leap month of lunar year <paramref name="year"/> (e.g. 4 for 2020's "tháng 4 nhuận"), or null.</summary>
    public static int? LeapMonth(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            if (ToSolar(new LunarDate(year, month, 1, true)) is not null)
            {
                return month;
            }
        }

        return null;
    }

    private static int JulianDay(DateOnly date) => checked(date.DayNumber + JulianDayOfDayNumberZero);

    // The local day on which lunar month 11 containing the winter solstice of solar year `year` begins.
    private static int Month11(int year)
    {
        var k = Astronomy.LunationBefore(JulianDay(new DateOnly(year, 12, 31)));
        var newMoon = Astronomy.NewMoonDay(k);
        return Astronomy.SunLongitudeSector(newMoon) >= 9 ? Astronomy.NewMoonDay(k - 1) : newMoon;
    }

    // Months after month 11 (starting at a11) until the first month without a new solar sector: the leap month.
    private static int LeapMonthOffset(int a11)
    {
        var k = Astronomy.LunationNearest(a11);
        var i = 1;
        var arc = Astronomy.SunLongitudeSector(Astronomy.NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = Astronomy.SunLongitudeSector(Astronomy.NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
