using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Calendar;

/// <summary>
/// Ngày nghỉ lễ, tết theo luật: the default days off of a year under BLLĐ 2019 Điều 112 khoản 1, with compensatory
/// days for holidays that fall on a weekend (Điều 111 khoản 3). Announced schedules override it (<see cref="WorkingCalendar"/>).
/// </summary>
/// <remarks>
/// <para>Fixed: 1/1, 30/4, 1/5, 2/9 and one day next to it; lunar: Giỗ Tổ (10/3 âm lịch); Tết: five days.</para>
/// <para>The law leaves the five Tết days and the day next to 2/9 to the Prime Minister each year. Defaults
/// [D: derived from the 2020–2026 schedules, all of which they reproduce]: Tết = the five weekdays starting at the first
/// weekday on or after the second day before lunar 1/1; the day next to 2/9 is 1/9 when 2/9 is a Tuesday, Friday or
/// Saturday, otherwise 3/9.</para>
/// <para>A holiday on Saturday or Sunday gives a compensatory day on the next weekday that is not already off.</para>
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>R-CAL-1: statutory holidays; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-CAL-1");

    /// <summary>The default days off of <paramref name="year"/>, in date order, compensatory days included.</summary>
    public static IReadOnlyList<Holiday> For(int year, HolidayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var days = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Tết Dương lịch"),
            new(LunarCalendar.GioTo(year), "Giỗ Tổ Hùng Vương"),
            new(new DateOnly(year, 4, 30), "Ngày Chiến thắng"),
            new(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động"),
            new(new DateOnly(year, 9, 2), "Quốc khánh"),
            new(QuocKhanhAdjacentDay(year), "Quốc khánh (ngày liền kề)"),
        };
        days.AddRange(TetDays(year).Select(d => new Holiday(d, "Tết Nguyên đán")));
        var cultureDay = new DateOnly(year, 11, 24);
        if (options.CultureDayFrom is { } from && cultureDay >= from)
        {
            days.Add(new Holiday(cultureDay, "Ngày Văn hóa Việt Nam"));
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        var taken = days.Select(d => d.Date).ToHashSet();
        var compensatory = new List<Holiday>();
        foreach (var day in days.Where(d => IsWeekend(d.Date)))
        {
            var next = day.Date.AddDays(1);
            while (IsWeekend(next) || taken.Contains(next))
            {
                next = next.AddDays(1);
            }

            taken.Add(next);
            compensatory.Add(new Holiday(next, $"Nghỉ bù {day.Name}"));
        }

        return [.. days.Concat(compensatory).OrderBy(d => d.Date)];
    }

    /// <summary>Thứ Bảy hoặc Chủ nhật: State agencies work Monday to Friday (QĐ 188/1999/QĐ-TTg).</summary>
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<DateOnly> TetDays(int year)
    {
        var day = LunarCalendar.Tet(year).AddDays(-2);
        for (var count = 0; count < 5; day = day.AddDays(1))
        {
            if (!IsWeekend(day))
            {
                count++;
                yield return day;
            }
        }
    }

    private static DateOnly QuocKhanhAdjacentDay(int year)
    {
        var national = new DateOnly(year, 9, 2);
        return national.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday or DayOfWeek.Saturday
            ? national.AddDays(-1)
            : national.AddDays(1);
    }
}
