using QuyHoach.Data.Registry;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Sàng lọc trực tiếp: the verdict of <see cref="EligibilityPolicy"/> for each title whose source groups include the
/// cadre's current title, for an addition to the current term's plan or for the next term's plan, under the rule set
/// in force today. The next term is the first on the title's track to start after today (the rule set's terms
/// calendar), so months are counted from its first month (AgeReferenceRule, R-AGE-1).
/// </summary>
public static class CadreScreening
{
    public static IReadOnlyList<VerdictView> Verdicts(Cadre cadre, Title currentTitle, IReadOnlyList<Title> candidates, RuleSet ruleSet, DateOnly today, PlanTermKind term = PlanTermKind.Current)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var facts = CadreFactsMapper.ToFacts(cadre, currentTitle, today);
        return candidates.Select(title =>
        {
            var request = new EligibilityRequest(facts, CadreFactsMapper.ToPlannedTitle(title), term, today, Track: Rounds.TermTracks.Of(title.TermTrack));
            var verdict = EligibilityPolicy.Evaluate(request, ruleSet);
            return new VerdictView(
                title.Id,
                title.Name,
                verdict.Outcome.ToString(),
                RegistryLabels.Of(verdict.Outcome),
                verdict.SourceGroup,
                verdict.MonthsRemaining,
                verdict.RequiredMonths,
                verdict.Reasons.Select(r => new ReasonView(r.Code, r.Severity.ToString(), RegistryLabels.Of(r.Severity), r.Message, r.Basis.RuleId, r.Basis.ToString())).ToList(),
                verdict.AgeReference);
        }).ToList();
    }
}
