using System.Globalization;

namespace QuyHoach.Domain.Calendar;

/// <summary>Ngày âm lịch: a date of the Vietnamese lunisolar calendar (UTC+7).</summary>
/// <param name="Year">Lunar year, named by the solar year in which its first month begins.</param>
/// <param name="Month">Lunar month 1–12 (tháng Giêng … tháng Chạp).</param>
/// <param name="Day">Day of the lunar month, 1–30.</param>
/// <param name="IsLeapMonth">The month is the leap (nhuận) month that repeats <paramref name="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary><c>dd/MM/yyyy (âm lịch)</c>, with "nhuận" after the month when it is a leap month.</summary>
    public override string ToString() => IsLeapMonth
        ? string.Create(CultureInfo.InvariantCulture, $"{Day:D2}/{Month:D2} nhuận/{Year:D4} (âm lịch)")
        : string.Create(CultureInfo.InvariantCulture, $"{Day:D2}/{Month:D2}/{Year:D4} (âm lịch)");
}
