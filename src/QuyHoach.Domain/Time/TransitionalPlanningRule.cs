using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Time;

/// <summary>Giữ quy hoạch chuyển tiếp: whether a cadre planned before QĐ 50 keeps the planning.</summary>
/// <param name="Applies">The plan was approved before the regime's issue date, so the transitional rule is used.</param>
/// <param name="Kept">The age condition holds (meaningful only when <paramref name="Applies"/>).</param>
/// <param name="MonthsRemaining">Months of working life left at the reference month (HD 06 method).</param>
/// <param name="Basis">R-TRANS-1.</param>
public sealed record TransitionalPlanning(bool Applies, bool Kept, int MonthsRemaining, LegalBasis Basis);

/// <summary>
/// Quy hoạch trước Quy định 50: cadres approved for the current-term plan before QĐ 50 was issued keep their
/// planning if they still meet the standards and have at least the rule set's months left (R-TRANS-1).
/// </summary>
/// <remarks>
/// Only the time condition is decided here (<c>monthsRemaining(ref) ≥ minimumMonths</c>, inclusive); standards are
/// checked by the eligibility rules. The reference month is the review's reference month.
/// </remarks>
public static class TransitionalPlanningRule
{
    /// <summary>R-TRANS-1 · HD 16-HD/BTCTW mục II.12.</summary>
    public static LegalBasis Basis { get; } = new("R-TRANS-1", "Hướng dẫn 16-HD/BTCTW ngày 15/02/2022", "mục II.12");

    /// <summary>Checks a cadre planned on <paramref name="plannedOn"/> against a regime issued on <paramref name="regimeIssuedOn"/>.</summary>
    public static TransitionalPlanning Check(
        DateOnly plannedOn, DateOnly regimeIssuedOn, Sex sex, YearMonth birth, YearMonth reference, int minimumMonths)
    {
        var remaining = RetirementRule.MonthsRemaining(sex, birth, reference);
        return new TransitionalPlanning(plannedOn < regimeIssuedOn, remaining >= minimumMonths, remaining, Basis);
    }
}
