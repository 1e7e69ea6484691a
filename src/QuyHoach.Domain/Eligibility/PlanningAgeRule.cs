using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Tuổi quy hoạch: months of working life left at the age reference month must reach the floor for the term, the
/// đối tượng and the unit (R-AGE-1, R-AGE-2, R-AGE-3, R-TRANS-1), measured by the HD 06 method (R-AGE-4).
/// </summary>
/// <remarks>
/// Floor = the term's floor (next term: minimum; current-term addition; transitional cadres), raised by the rule
/// set's per-đối-tượng override and the source group's own minimum. Inclusive: exactly the floor passes (§4.3).
/// A next-term cadre between the minimum and the preferred floor gets a "one term only" warning.
/// </remarks>
public static class PlanningAgeRule
{
    /// <summary>R-AGE-1/2 · QĐ 50 Điều 7; seed 001 §B.II.2.</summary>
    public static LegalBasis Basis { get; } = new("R-AGE-2", "Quy định 50-QĐ/TW Điều 7; Hướng dẫn 16-HD/BTCTW; Kế hoạch 331/KH-SCT (seed 001)", "Mục B.II.2");

    /// <summary>The floor in months for this request.</summary>
    public static int RequiredMonths(EligibilityRequest request, SourceGroup? group, AgeFloors floors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(floors);
        var required = request.Transitional
            ? floors.TransitionalMonths
            : request.Term switch
            {
                PlanTermKind.Next => floors.NextTermMinimumMonths,
                PlanTermKind.Current => floors.CurrentTermAdditionMonths,
            };
        if (group is not null)
        {
            if (floors.BySourceGroup.TryGetValue(group.Number, out var byGroup))
            {
                required = Math.Max(required, byGroup);
            }

            required = Math.Max(required, group.MinimumMonths ?? 0);
        }

        return required;
    }

    /// <summary>Months left at the request's age reference month.</summary>
    public static int MonthsRemaining(EligibilityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var c = request.Cadre;
        return RetirementRule.MonthsRemaining(c.Sex, c.Birth.AgeMonth, request.AgeMonth, c.PersonalRetirementAge);
    }

    /// <summary>Adds the age failure or warning to <paramref name="reasons"/>.</summary>
    public static void Check(EligibilityRequest request, int remaining, int required, AgeFloors floors, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(floors);
        ArgumentNullException.ThrowIfNull(reasons);
        var at = request.AgeMonth.ToVietnamese();
        if (remaining < required)
        {
            reasons.Add(new EligibilityReason("AGE_BELOW_FLOOR", ReasonSeverity.Failure, $"Thời gian công tác còn lại tại {at} là {remaining} tháng, chưa đủ {required} tháng.", Basis));
        }
        else if (request.Term == PlanTermKind.Next && !request.Transitional && remaining < floors.NextTermPreferredMonths)
        {
            reasons.Add(new EligibilityReason("AGE_ONE_TERM_ONLY", ReasonSeverity.Warning, $"Còn {remaining} tháng công tác: chỉ đủ một nhiệm kỳ (mong muốn từ {floors.NextTermPreferredMonths} tháng).", Basis with { RuleId = "R-AGE-1" }));
        }
    }
}
