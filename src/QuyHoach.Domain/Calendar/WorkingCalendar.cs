using System.Collections.Concurrent;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Calendar;

/// <summary>
/// Lịch làm việc: which days State agencies work (Monday–Friday minus statutory holidays, with the yearly announced
/// schedule overriding both), and working-day arithmetic for deadlines (R-AUTH-2; docs/rules/calendar.md).
/// </summary>
/// <remarks>
/// <para>A date is a working day when an override says <see cref="OffDayKind.WorkingDay"/>; otherwise when an override
/// says <see cref="OffDayKind.DayOff"/> it is not; otherwise it is a working day iff it is a weekday and not in
/// <see cref="StatutoryHolidays"/>. Overrides come from <see cref="OffDaySchedule"/> (shipped data) or, later, from
/// the database.</para>
/// <para>Working-day counts start the day after the trigger day (BLDS 2015 Điều 147): day 1 is the first working day
/// after it.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, OffDayOverride> _overrides;
    private readonly HolidayOptions _options;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidays = new();

    /// <summary>A calendar with <paramref name="overrides"/> applied over the statutory formula.</summary>
    public WorkingCalendar(IEnumerable<OffDayOverride> overrides, HolidayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        _overrides = overrides.ToDictionary(o => o.Date);
        _options = options ?? HolidayOptions.Default;
    }

    /// <summary>R-CAL-2: working-day deadlines (R-AUTH-2); documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-CAL-2");

    /// <summary>The shipped calendar: embedded schedule 2020–2026, Culture Day off unless switched on.</summary>
    public static WorkingCalendar Standard(HolidayOptions? options = null) => new(OffDaySchedule.LoadEmbedded(), options);

    /// <summary>Ngày làm việc: true when State agencies work on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (_overrides.TryGetValue(date, out var row))
        {
            return row.Kind switch
            {
                OffDayKind.WorkingDay => true,
                OffDayKind.DayOff => false,
            };
        }

        return !StatutoryHolidays.IsWeekend(date) && !HolidaysOf(date.Year).Contains(date);
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="from"/> (day 1 = the first working day
    /// after it); <paramref name="from"/> itself when <paramref name="count"/> is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = from;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when to ≤ from.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private HashSet<DateOnly> HolidaysOf(int year) =>
        _holidays.GetOrAdd(year, y => y is < LunarCalendar.MinYear or > LunarCalendar.MaxYear
            ? []
            : StatutoryHolidays.For(y, _options).Select(h => h.Date).ToHashSet());
}
