using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Eligibility;

/// <summary>Kết luận về điều kiện quy hoạch.</summary>
public enum EligibilityOutcome
{
    /// <summary>Đủ điều kiện.</summary>
    Eligible,

    /// <summary>Đủ điều kiện kèm nghĩa vụ (e.g. must take the LLCT course, R-STD-2).</summary>
    EligibleWithObligations,

    /// <summary>Không đủ điều kiện.</summary>
    NotEligible,
}

/// <summary>Mức độ của một lý do.</summary>
public enum ReasonSeverity
{
    /// <summary>Không đạt: makes the verdict NotEligible.</summary>
    Failure,

    /// <summary>Nghĩa vụ: to complete after planning.</summary>
    Obligation,

    /// <summary>Lưu ý: shown, never blocking.</summary>
    Warning,
}

/// <summary>Lý do: one criterion's result with a stable code, a Vietnamese message and its legal basis.</summary>
/// <param name="Code">Stable code, e.g. <c>AGE_BELOW_FLOOR</c>.</param>
/// <param name="Severity">Failure, obligation or warning.</param>
/// <param name="Message">Vietnamese message.</param>
/// <param name="Basis">Legal basis.</param>
public sealed record EligibilityReason(string Code, ReasonSeverity Severity, string Message, LegalBasis Basis);

/// <summary>Kết quả xét điều kiện quy hoạch: one verdict listing every failed criterion, never only the first.</summary>
/// <param name="CadreId">Cadre.</param>
/// <param name="TitleId">Planned title.</param>
/// <param name="Outcome">Eligible, with obligations, or not.</param>
/// <param name="Reasons">Every failure, obligation and warning.</param>
/// <param name="MonthsRemaining">Months of working life left at the age reference month.</param>
/// <param name="RequiredMonths">The floor applied.</param>
/// <param name="SourceGroup">Matched đối tượng number, if any.</param>
/// <param name="RuleSetId">Rule set id and version, e.g. <c>qd50@2021.1</c>.</param>
/// <param name="AgeReference">The month (<c>yyyy-MM</c>) the months were counted from (AgeReferenceRule).</param>
public sealed record EligibilityVerdict(
    string CadreId,
    string TitleId,
    EligibilityOutcome Outcome,
    IReadOnlyList<EligibilityReason> Reasons,
    int MonthsRemaining,
    int RequiredMonths,
    int? SourceGroup,
    string RuleSetId,
    string AgeReference)
{
    /// <summary>The outcome implied by <paramref name="reasons"/>.</summary>
    public static EligibilityOutcome OutcomeOf(IEnumerable<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var outcome = EligibilityOutcome.Eligible;
        foreach (var r in reasons)
        {
            switch (r.Severity)
            {
                case ReasonSeverity.Failure:
                    return EligibilityOutcome.NotEligible;
                case ReasonSeverity.Obligation:
                    outcome = EligibilityOutcome.EligibleWithObligations;
                    break;
                case ReasonSeverity.Warning:
                    break;
            }
        }

        return outcome;
    }
}
