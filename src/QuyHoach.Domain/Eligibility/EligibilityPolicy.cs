using QuyHoach.Domain.Common;
using QuyHoach.Domain.Quotas;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Xét điều kiện quy hoạch: combines every criterion for adding one cadre to the plan of one title and returns one
/// verdict listing every failure, obligation and warning (architecture: pure validator, verdicts are values).
/// </summary>
/// <remarks>Criteria, in reporting order: standing (death, transfer, political standard, rating), higher title and
/// source group, age floor, levels, discipline, caps. No criterion stops the others.</remarks>
public static class EligibilityPolicy
{
    /// <summary>R-STD-1: the standards as a whole; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-STD-1");

    /// <summary>The verdict for <paramref name="request"/> under <paramref name="ruleSet"/>.</summary>
    public static EligibilityVerdict Evaluate(EligibilityRequest request, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var reasons = new List<EligibilityReason>(4);
        StandingRule.Check(request.Cadre, ruleSet.Evaluation, reasons);
        var group = SourceGroupRule.Check(request.Cadre, request.Title, reasons);
        var floor = PlanningAgeRule.Floor(request, group, ruleSet.AgeFloors);
        var reference = AgeReferenceRule.Of(request, ruleSet.TermsCalendar);
        var remaining = PlanningAgeRule.MonthsRemaining(request, reference);
        PlanningAgeRule.Check(request, reference, remaining, floor, ruleSet.AgeFloors, reasons);
        QualificationRule.Check(request.Cadre, request.Title.Standards, reasons);
        DisciplinePlanningRule.Check(request.Cadre, request.AsOf, ruleSet, reasons);
        PlanCapRule.Check(request, ruleSet.Caps, reasons);
        ruleSet.CiteInPlace(reasons);
        return new EligibilityVerdict(
            request.Cadre.Id,
            request.Title.Id,
            EligibilityVerdict.OutcomeOf(reasons),
            reasons,
            remaining,
            floor.Months,
            group?.Number,
            ruleSet.Reference,
            reference.ToString());
    }
}
