using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Time;

/// <summary>Thời gian chờ bổ nhiệm: whether an appointment process may start on a date after the plan's approval.</summary>
/// <param name="Allowed">The process may start on the date asked about.</param>
/// <param name="EarliestStart">The first allowed day.</param>
/// <param name="Basis">R-PRI-8.</param>
public sealed record AppointmentWait(bool Allowed, DateOnly EarliestStart, LegalBasis Basis);

/// <summary>
/// Bổ nhiệm sau quy hoạch ít nhất k tháng: an appointment or nomination into a planned title may start only once the
/// rule set's months have passed since the plan was approved (R-PRI-8).
/// </summary>
/// <remarks>
/// Counted from the approval decision's signature date. Civil-code reading (default): from the day after the
/// corresponding day; anniversary reading: from the corresponding day (docs/rules/calendar.md, month periods).
/// </remarks>
public static class AppointmentWaitRule
{
    /// <summary>R-PRI-8: appointment 3 months after approval; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-PRI-8");

    /// <summary>Checks a start on <paramref name="startOn"/> for a plan approved on <paramref name="approvedOn"/>.</summary>
    public static AppointmentWait Check(DateOnly approvedOn, DateOnly startOn, int months, MonthCountReading reading)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        var earliest = MonthPeriod.WaitElapsedOn(approvedOn, months, reading);
        return new AppointmentWait(startOn >= earliest, earliest, Basis);
    }
}
