using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>Mức tuổi quy hoạch: the floor in months of working life that applies, and the rule it comes from.</summary>
/// <param name="Months">Required months (inclusive).</param>
/// <param name="Basis">R-AGE-1 (next term), R-AGE-2 (current-term addition), R-AGE-3 (đối tượng override) or R-TRANS-1.</param>
public sealed record AgeFloor(int Months, LegalBasis Basis);

/// <summary>
/// Tuổi quy hoạch: months of working life left at the age reference month must reach the floor for the term, the
/// đối tượng and the unit (R-AGE-1, R-AGE-2, R-AGE-3, R-TRANS-1), measured by the HD 06 method (R-AGE-4).
/// </summary>
/// <remarks>
/// Floor = the term's floor (next term: minimum; current-term addition), raised by the rule set's per-đối-tượng
/// override and the source group's own minimum, which apply to new additions only; an entry of a plan approved
/// before QĐ 50 is held to the transitional floor and nothing higher (R-TRANS-1). A failure cites the floor that
/// applied and names the month the months were counted from.
/// Inclusive: exactly the floor passes (R-AGE-4, docs/rules/age.md). A next-term cadre between the minimum and the preferred floor gets a
/// "one term only" warning.
/// </remarks>
public static class PlanningAgeRule
{
    /// <summary>R-AGE-2: current-term addition, the usual case; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-AGE-2");

    /// <summary>R-AGE-1: two terms or more, at least one full term; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis NextTermBasis { get; } = LegalBasis.Of("R-AGE-1");

    /// <summary>R-AGE-3: the unit's floor for a đối tượng; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis SourceGroupBasis { get; } = LegalBasis.Of("R-AGE-3");

    /// <summary>The floor for this request and the rule it comes from.</summary>
    public static AgeFloor Floor(EligibilityRequest request, SourceGroup? group, AgeFloors floors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(floors);
        if (request.Transitional)
        {
            return Time.TransitionalPlanningRule.Floor(floors);
        }

        var floor = request.Term switch
        {
            PlanTermKind.Next => new AgeFloor(floors.NextTermMinimumMonths, NextTermBasis),
            PlanTermKind.Current => new AgeFloor(floors.CurrentTermAdditionMonths, Basis),
        };
        if (group is null)
        {
            return floor;
        }

        var byGroup = Math.Max(floors.BySourceGroup.GetValueOrDefault(group.Number), group.MinimumMonths ?? 0);
        return byGroup > floor.Months ? new AgeFloor(byGroup, SourceGroupBasis) : floor;
    }

    /// <summary>Months left at <paramref name="reference"/> (AgeReferenceRule.Of the request).</summary>
    public static int MonthsRemaining(EligibilityRequest request, YearMonth reference)
    {
        ArgumentNullException.ThrowIfNull(request);
        var c = request.Cadre;
        return RetirementRule.MonthsRemaining(c.Sex, c.Birth.AgeMonth, reference, c.PersonalRetirementAge);
    }

    /// <summary>Adds the age failure or warning to <paramref name="reasons"/>, naming <paramref name="reference"/>.</summary>
    public static void Check(EligibilityRequest request, YearMonth reference, int remaining, AgeFloor floor, AgeFloors floors, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(floors);
        ArgumentNullException.ThrowIfNull(reasons);
        if (remaining < floor.Months)
        {
            var at = AgeReferenceRule.Describe(request.Term, reference);
            reasons.Add(new EligibilityReason("AGE_BELOW_FLOOR", ReasonSeverity.Failure, $"Thời gian công tác còn lại tính từ {at} là {remaining} tháng, chưa đủ {floor.Months} tháng.", floor.Basis));
        }
        else if (request.Term == PlanTermKind.Next && !request.Transitional && remaining < floors.NextTermPreferredMonths)
        {
            var at = AgeReferenceRule.Describe(request.Term, reference);
            reasons.Add(new EligibilityReason("AGE_ONE_TERM_ONLY", ReasonSeverity.Warning, $"Còn {remaining} tháng công tác tính từ {at}: chỉ đủ một nhiệm kỳ (mong muốn từ {floors.NextTermPreferredMonths} tháng).", NextTermBasis));
        }
    }
}
