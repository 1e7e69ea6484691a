using QuyHoach.Domain.Common;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>Kết quả rà soát cán bộ đã quy hoạch: automatic-removal triggers and the removal-vote flag.</summary>
/// <param name="AutomaticRemoval">Every trigger of R-REM-AUTO; non-empty means a removal decision without a vote.</param>
/// <param name="FlagForRemovalVote">KHTNV in the latest year: put to the step-1 removal vote (R-EV-PL1).</param>
/// <param name="MonthsRemaining">Months of working life left at the age reference month.</param>
/// <param name="RequiredMonths">The floor the entry is held to.</param>
/// <param name="AgeReference">The month the months were counted from (AgeReferenceRule).</param>
public sealed record PlanReview(IReadOnlyList<EligibilityReason> AutomaticRemoval, bool FlagForRemovalVote, int MonthsRemaining, int RequiredMonths, YearMonth AgeReference)
{
    /// <summary>True when the plan ends automatically.</summary>
    public bool RemoveAutomatically => AutomaticRemoval.Count > 0;
}

/// <summary>
/// Đương nhiên ra khỏi quy hoạch: the annual review of an already-planned cadre (R-REM-AUTO a–d, R-EV-PL1).
/// </summary>
/// <remarks>"Over the planning age" re-checks the floor that applied when the cadre was added (the request's term,
/// đối tượng and transitional flag), our reading in docs/rules/terms.md (R-TRANS-1): an entry of a plan approved before
/// QĐ 50 is held to the transitional floor only (R-TRANS-1), through the same PlanningAgeRule.Floor as an addition.</remarks>
public static class AutomaticRemovalPolicy
{
    /// <summary>R-REM-AUTO · QĐ 50 Điều 10.</summary>
    public static LegalBasis Basis { get; } = StandingRule.Basis;

    /// <summary>R-EV-PL1: KHTNV goes to the removal vote; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis RemovalVoteBasis { get; } = LegalBasis.Of("R-EV-PL1");

    /// <summary>Reviews the plan described by <paramref name="request"/> (the title is the planned one).</summary>
    public static PlanReview Review(EligibilityRequest request, SourceGroup? group, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var cadre = request.Cadre;
        var triggers = new List<EligibilityReason>();
        if (cadre.Deceased)
        {
            triggers.Add(new EligibilityReason("DECEASED", ReasonSeverity.Failure, "Cán bộ đã từ trần.", Basis));
        }

        var required = PlanningAgeRule.Floor(request, group, ruleSet.AgeFloors).Months;
        var reference = AgeReferenceRule.Of(request, ruleSet.TermsCalendar);
        var remaining = PlanningAgeRule.MonthsRemaining(request, reference);
        if (remaining < required)
        {
            triggers.Add(new EligibilityReason("OVER_PLANNING_AGE", ReasonSeverity.Failure, $"Quá tuổi quy hoạch: còn {remaining} tháng công tác tính từ {AgeReferenceRule.Describe(request.Term, reference)}, cần {required} tháng.", Basis));
        }

        if (DisciplinePlanningRule.AnyInForce(cadre, request.AsOf, ruleSet))
        {
            triggers.Add(new EligibilityReason("DISCIPLINED", ReasonSeverity.Failure, "Bị kỷ luật từ khiển trách trở lên đang trong thời hạn.", Basis));
        }

        if (cadre.PoliticalStandard == PoliticalStandard.NotMet)
        {
            triggers.Add(new EligibilityReason("POLITICAL_STANDARD_NOT_MET", ReasonSeverity.Failure, "Kết luận không bảo đảm tiêu chuẩn chính trị của chức danh quy hoạch.", Basis));
        }

        var latest = cadre.Ratings.Count == 0 ? null : cadre.Ratings.MaxBy(r => r.Year);
        return new PlanReview(ruleSet.Cite(triggers), latest?.Rating == Rating.Failed, remaining, required, reference);
    }
}
