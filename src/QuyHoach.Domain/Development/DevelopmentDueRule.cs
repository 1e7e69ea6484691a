using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Development;

/// <summary>Where one plan entry stands in time: what the due dates of its development items are measured from.</summary>
/// <param name="EffectiveFrom">The approval's signing day (R-EFF-1).</param>
/// <param name="AppointableFrom">The first day an appointment may start (R-PRI-8, AppointmentWaitRule).</param>
/// <param name="TermEndYear">The last year of the planned term (R-EFF-2).</param>
public sealed record EntryTimeline(DateOnly EffectiveFrom, DateOnly AppointableFrom, int TermEndYear);

/// <summary>Hạn hoàn thành nghĩa vụ: the due date of a development standard for one plan entry (R-USE-2).</summary>
/// <remarks>
/// Before appointment: the first day the cadre may be appointed (the standard must be met by then, R-STD-1). Within the
/// term: the last day of the term's end year (a term ends with its end year, our reading of R-EFF-2). A number of
/// months: the corresponding day that many months after the effective day, the last day of the period (R-CAL-3).
/// </remarks>
public static class DevelopmentDueRule
{
    /// <summary>R-USE-2: development plans of planned cadres; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static Common.LegalBasis Basis { get; } = Common.LegalBasis.Of("R-USE-2");

    /// <summary>The due date of <paramref name="standard"/> for an entry of <paramref name="timeline"/>.</summary>
    public static DateOnly DueOn(DevelopmentStandard standard, EntryTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(timeline);
        return standard.Due switch
        {
            DueKind.BeforeAppointment => timeline.AppointableFrom,
            DueKind.WithinTerm => new DateOnly(timeline.TermEndYear, 12, 31),
            DueKind.Months => MonthPeriod.AddMonths(timeline.EffectiveFrom, standard.Months),
        };
    }

    /// <summary>True when an open item due on <paramref name="dueOn"/> is past due on <paramref name="today"/>.</summary>
    public static bool Overdue(DateOnly dueOn, DateOnly today) => today > dueOn;

    /// <summary>True when an open item due on <paramref name="dueOn"/> falls due within <paramref name="days"/> of <paramref name="today"/>.</summary>
    public static bool DueSoon(DateOnly dueOn, DateOnly today, int days) => !Overdue(dueOn, today) && dueOn.DayNumber - today.DayNumber <= days;
}
