using QuyHoach.Domain.Calendar;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Time;

/// <summary>Thời hạn thẩm định, phê duyệt: the due date of an approval and whether a decision met it.</summary>
/// <param name="DueOn">The last day for the decision.</param>
/// <param name="IsLate">The decision date (or the date asked about, when undecided) is after <paramref name="DueOn"/>.</param>
/// <param name="WorkingDays">The rule set's working days the deadline was counted with, for the messages that state it.</param>
/// <param name="Basis">R-AUTH-2.</param>
public sealed record ApprovalDeadline(DateOnly DueOn, bool IsLate, int WorkingDays, LegalBasis Basis);

/// <summary>
/// Thời hạn thẩm định, phê duyệt: the approving body appraises and approves within the rule set's number of working days
/// from the complete dossier (R-AUTH-2; docs/rules/calendar.md).
/// </summary>
/// <remarks>
/// Day 1 is the first working day after the dossier is complete (received by the approving body's staff agency,
/// the default; docs/rules/open-questions.md, question 8). Working-day periods skip non-working days, so no further extension applies.
/// </remarks>
public static class ApprovalDeadlineRule
{
    /// <summary>R-AUTH-2: the rule set's working days (30 under QĐ 50 and QĐ 377); documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-AUTH-2");

    /// <summary>The deadline for a dossier complete on <paramref name="dossierCompleteOn"/>, judged on <paramref name="decidedOrAsOf"/>.</summary>
    public static ApprovalDeadline Check(DateOnly dossierCompleteOn, DateOnly decidedOrAsOf, int workingDays, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = calendar.AddWorkingDays(dossierCompleteOn, workingDays);
        return new ApprovalDeadline(due, decidedOrAsOf > due, workingDays, Basis);
    }
}
