using QuyHoach.Data.Registry;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Sàng lọc trực tiếp: the verdict of <see cref="EligibilityPolicy"/> for each title whose source groups include the
/// cadre's current title, for an addition to the current term's plan, under the rule set in force today.
/// </summary>
public static class CadreScreening
{
    public static IReadOnlyList<VerdictView> Verdicts(Cadre cadre, Title currentTitle, IReadOnlyList<Title> candidates, RuleSet ruleSet, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var facts = CadreFactsMapper.ToFacts(cadre, currentTitle, today);
        return candidates.Select(title =>
        {
            var verdict = EligibilityPolicy.Evaluate(new EligibilityRequest(facts, CadreFactsMapper.ToPlannedTitle(title), PlanTermKind.Current, today), ruleSet);
            return new VerdictView(
                title.Id,
                title.Name,
                verdict.Outcome.ToString(),
                RegistryLabels.Of(verdict.Outcome),
                verdict.SourceGroup,
                verdict.MonthsRemaining,
                verdict.RequiredMonths,
                verdict.Reasons.Select(r => new ReasonView(r.Code, r.Severity.ToString(), RegistryLabels.Of(r.Severity), r.Message, r.Basis.RuleId, r.Basis.ToString())).ToList());
        }).ToList();
    }
}
