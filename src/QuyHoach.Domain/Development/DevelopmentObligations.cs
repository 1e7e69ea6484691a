using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Development;

/// <summary>Nghĩa vụ chưa hoàn thành: one obligation of a cadre towards a title, with how the rule set plans it.</summary>
/// <param name="Reason">The verdict's reason (code, message, rule).</param>
/// <param name="Standard">The rule set's development standard for it.</param>
public sealed record UnmetStandard(EligibilityReason Reason, DevelopmentStandard Standard);

/// <summary>Việc bổ nhiệm so với tiêu chuẩn chức danh: the standards that refuse an appointment and those only warned.</summary>
/// <param name="Refusing">Standards that must be met before appointment and are not.</param>
/// <param name="Warnings">Standards still unmet that may be completed after appointment.</param>
public sealed record AppointmentStandards(IReadOnlyList<UnmetStandard> Refusing, IReadOnlyList<UnmetStandard> Warnings)
{
    /// <summary>True when no standard refuses the appointment.</summary>
    public bool Allowed => Refusing.Count == 0;
}

/// <summary>
/// Nghĩa vụ của kế hoạch phát triển: the obligations of the screening verdict that the rule set plans as development
/// items (R-USE-2): the level standards that may be completed after planning (R-STD-1, R-STD-2, R-PRO-1) and the
/// political-standard conclusion still to add (R-DOS-3). The same rules as the verdict, so that an item exists exactly
/// while the verdict shows its obligation.
/// </summary>
public static class DevelopmentObligations
{
    /// <summary>The unmet standards of <paramref name="cadre"/> for a title of <paramref name="standards"/>, in verdict order.</summary>
    public static IReadOnlyList<UnmetStandard> Of(CadreFacts cadre, TitleStandards standards, EvaluationSettings evaluation, DevelopmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reasons = new List<EligibilityReason>(4);
        StandingRule.Check(cadre, evaluation, reasons);
        QualificationRule.Check(cadre, standards, reasons);
        return reasons.Where(r => r.Severity == ReasonSeverity.Obligation)
            .Select(r => settings.For(r.Code) is { } standard ? new UnmetStandard(r, standard) : null)
            .OfType<UnmetStandard>()
            .ToList();
    }

    /// <summary>
    /// Bổ nhiệm khi tiêu chuẩn chưa đạt: the unmet standards that refuse an appointment (the rule set says they must
    /// be met before it) and those that are only warned (R-STD-1, R-USE-1).
    /// </summary>
    public static AppointmentStandards ForAppointment(IReadOnlyList<UnmetStandard> unmet)
    {
        ArgumentNullException.ThrowIfNull(unmet);
        return new AppointmentStandards(
            unmet.Where(u => u.Standard.MustMeetBeforeAppointment).ToList(),
            unmet.Where(u => !u.Standard.MustMeetBeforeAppointment).ToList());
    }
}
