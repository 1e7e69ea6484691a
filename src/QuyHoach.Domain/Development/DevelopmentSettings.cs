using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Development;

/// <summary>Hạn hoàn thành một nghĩa vụ của kế hoạch phát triển (R-USE-2).</summary>
public enum DueKind
{
    /// <summary>Trước khi bổ nhiệm: by the first day the cadre may be appointed (R-PRI-8).</summary>
    BeforeAppointment,

    /// <summary>Trong nhiệm kỳ: by the last day of the planned term (R-EFF-2 reading).</summary>
    WithinTerm,

    /// <summary>Trong một số tháng kể từ ngày quy hoạch có hiệu lực.</summary>
    Months,
}

/// <summary>
/// Tiêu chuẩn phải hoàn thiện sau quy hoạch: how the rule set treats one obligation of the screening verdict (its
/// reason code): when it falls due, whether it must be met before appointment, and the rule it rests on.
/// </summary>
/// <param name="Code">The verdict's reason code, e.g. <c>LLCT_STUDYING</c>.</param>
/// <param name="Name">Vietnamese name of the standard, e.g. "Trình độ lý luận chính trị".</param>
/// <param name="Due">When it falls due.</param>
/// <param name="Months">Months from the plan's effective day when <paramref name="Due"/> is <see cref="DueKind.Months"/>; else 0.</param>
/// <param name="MustMeetBeforeAppointment">True: an appointment is refused while it is unmet; false: only warned.</param>
/// <param name="Basis">The rule it rests on (its id; documents from the rule set's <c>ruleBases</c>).</param>
public sealed record DevelopmentStandard(string Code, string Name, DueKind Due, int Months, bool MustMeetBeforeAppointment, LegalBasis Basis);

/// <summary>Kế hoạch phát triển trong bộ quy tắc: the standards by reason code and the reminder window (R-USE-2).</summary>
/// <param name="Standards">By reason code.</param>
/// <param name="ReminderDays">Items falling due within this many days are shown as reminders.</param>
public sealed record DevelopmentSettings(IReadOnlyDictionary<string, DevelopmentStandard> Standards, int ReminderDays)
{
    /// <summary>No development section: no obligation becomes an item.</summary>
    public static DevelopmentSettings None { get; } = new(new Dictionary<string, DevelopmentStandard>(), 0);

    /// <summary>The standard of <paramref name="code"/>, or null when the rule set does not plan it.</summary>
    public DevelopmentStandard? For(string code) => Standards.GetValueOrDefault(code);
}
