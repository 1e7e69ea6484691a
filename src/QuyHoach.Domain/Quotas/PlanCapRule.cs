using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Quotas;

/// <summary>
/// Giới hạn số người và số chức danh quy hoạch: at most N cadres per leadership title per term (R-PRI-5) and at
/// most M leadership titles per cadre per level and term, committee-membership titles not counted (R-PRI-6).
/// </summary>
/// <remarks>Counts are per (title, term) and per (cadre, level, term), as both seeds plan both terms separately
/// (docs/rules/quotas.md). A plan for the same title and term already held is reported as a duplicate.</remarks>
public static class PlanCapRule
{
    /// <summary>R-PRI-5: at most 3 cadres per title; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-PRI-5");

    /// <summary>R-PRI-6: at most 3 titles per cadre; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis PerCadreBasis { get; } = LegalBasis.Of("R-PRI-6");

    /// <summary>Adds cap failures to <paramref name="reasons"/>.</summary>
    public static void Check(EligibilityRequest request, PlanCaps caps, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caps);
        ArgumentNullException.ThrowIfNull(reasons);
        var title = request.Title;
        var sameLevelLeadership = 0;
        foreach (var plan in request.Cadre.ActivePlans)
        {
            if (plan.Term != request.Term)
            {
                continue;
            }

            if (plan.TitleId == title.Id)
            {
                reasons.Add(new EligibilityReason("ALREADY_PLANNED", ReasonSeverity.Failure, $"Cán bộ đã được quy hoạch chức danh \"{title.Name}\" trong nhiệm kỳ này.", Basis));
            }
            else if (plan.Kind == TitleKind.Leadership && plan.Level == title.Level)
            {
                sameLevelLeadership++;
            }
        }

        if (title.Kind != TitleKind.Leadership)
        {
            return;
        }

        if (request.OtherActivePlansForTitle >= caps.CadresPerTitlePerTerm)
        {
            reasons.Add(new EligibilityReason("TITLE_CAP_REACHED", ReasonSeverity.Failure, $"Chức danh \"{title.Name}\" đã có {request.OtherActivePlansForTitle} cán bộ quy hoạch (tối đa {caps.CadresPerTitlePerTerm}).", Basis));
        }

        if (sameLevelLeadership >= caps.TitlesPerCadrePerLevel)
        {
            reasons.Add(new EligibilityReason("CADRE_CAP_REACHED", ReasonSeverity.Failure, $"Cán bộ đã được quy hoạch {sameLevelLeadership} chức danh lãnh đạo cùng cấp (tối đa {caps.TitlesPerCadrePerLevel}).", PerCadreBasis));
        }
    }
}
