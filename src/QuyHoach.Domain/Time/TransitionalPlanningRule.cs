using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Time;

/// <summary>
/// Quy hoạch trước Quy định 50: cadres approved for the plan before QĐ 50 took effect keep their planning if they still
/// meet the standards and have at least the transitional months left (R-TRANS-1).
/// </summary>
/// <remarks>
/// The one implementation of the rule: whether an entry is transitional (its approval decision is dated before the
/// rule set's <c>transitionalPlans.approvedBefore</c>) and the floor such an entry is held to at every review. That
/// floor replaces every other: the per-đối-tượng floors (R-AGE-3) and the current-term addition floor (R-AGE-2) are
/// for new additions only. Standards are checked by the eligibility rules; the reference month is the review's.
/// </remarks>
public static class TransitionalPlanningRule
{
    /// <summary>R-TRANS-1: transitional entries; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-TRANS-1");

    /// <summary>True when a plan approved on <paramref name="approvedOn"/> predates the regime of <paramref name="ruleSet"/>.</summary>
    public static bool Applies(DateOnly approvedOn, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return approvedOn < ruleSet.TransitionalApprovedBefore;
    }

    /// <summary>The floor a transitional entry is held to (inclusive: exactly the months pass).</summary>
    public static AgeFloor Floor(AgeFloors floors)
    {
        ArgumentNullException.ThrowIfNull(floors);
        return new AgeFloor(floors.TransitionalMonths, Basis);
    }
}
