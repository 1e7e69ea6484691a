namespace QuyHoach.Domain.Calendar;

/// <summary>
/// Thiên văn cho âm lịch: new moons and the sun's longitude, after Hồ Ngọc Đức's published algorithm
/// ("Thuật toán tính âm lịch", itself from Jean Meeus, Astronomical Algorithms), evaluated for Vietnam's time zone.
/// </summary>
/// <remarks>
/// This is the only file of the Domain that uses floating point: the lunar calendar is defined by astronomical
/// events, and the series below are the standard trigonometric approximations of them. Everything that leaves
/// this file is an integer (a Julian day number or a 30° sector of the ecliptic), so the rest of the calendar is
/// integer arithmetic. The time zone is UTC+7 (Vietnam), which is why 2030's Tết falls a day earlier than in China
/// (UTC+8); .NET's ChineseLunisolarCalendar must not be used.
/// </remarks>
internal static class Astronomy
{
    /// <summary>Vietnam's time zone, hours east of UTC.</summary>
    public const double TimeZoneHours = 7.0;

    private const double SynodicMonth = 29.530588853;
    private const double Epoch = 2415021.076998695; // Julian day of the new moon of 1900-01-01 (k = 0)
    private const double Dr = Math.PI / 180;

    /// <summary>The lunation number k of the new moon at or before <paramref name="julianDay"/> (approximate).</summary>
    public static int LunationBefore(int julianDay) => (int)Math.Floor((julianDay - Epoch) / SynodicMonth);

    /// <summary>The lunation number k nearest to <paramref name="julianDay"/>.</summary>
    public static int LunationNearest(int julianDay) => (int)Math.Floor(((julianDay - Epoch) / SynodicMonth) + 0.5);

    /// <summary>The local (UTC+7) Julian day number of the day containing the k-th new moon after 1900-01-01.</summary>
    public static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZoneHours / 24));

    /// <summary>
    /// The 30° sector (0–11) of the sun's ecliptic longitude at local midnight starting day
    /// <paramref name="julianDay"/>; sector 9 begins at the winter solstice (270°).
    /// </summary>
    public static int SunLongitudeSector(int julianDay) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - (TimeZoneHours / 24)) / Math.PI * 6);

    // Meeus, chapter 49 (low-precision series), with the ΔT correction of Hồ Ngọc Đức's code.
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * Dr)) + (0.0021 * Math.Sin(2 * Dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * Dr)) + (0.0161 * Math.Sin(Dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(Dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(Dr * 2 * f)) - (0.0051 * Math.Sin(Dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(Dr * (m - mpr))) + (0.0004 * Math.Sin(Dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(Dr * ((2 * f) - m))) - (0.0006 * Math.Sin(Dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(Dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(Dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    // Meeus, chapter 25 (low precision): apparent longitude in radians, normalised to [0, 2π).
    private static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(Dr * m);
        dl += ((0.019993 - (0.000101 * t)) * Math.Sin(Dr * 2 * m)) + (0.000290 * Math.Sin(Dr * 3 * m));
        var l = (l0 + dl) * Dr;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }
}
