namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Sàng lọc tại một tháng: the verdict of <see cref="EligibilityPolicy"/> for each title whose source groups include the
/// cadre's title on the review day, for an addition to the current term's plan or for the next term's plan, under the
/// chosen rule set. The request is the one a round makes for the same month (the facts of CadreFactsReader, the title's
/// track, the next term's start year from the registry's terms when it holds that term, else the rule set's terms
/// calendar), so the profile and a round give the same verdict (R-AGE-1).
/// </summary>
public static class CadreScreening
{
    public static IReadOnlyList<VerdictView> Verdicts(CadreFacts facts, IReadOnlyList<Title> candidates, IReadOnlyList<Term> terms, ScreeningQuery query, PlanTermKind term)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(query);
        return candidates.Select(title =>
        {
            var next = term == PlanTermKind.Next ? TermTracks.NextAfter(terms, title.TermTrack, query.Day.Year) : null;
            var request = new EligibilityRequest(
                facts, PlannedTitles.Of(title), term, query.Day, Track: TermTracks.Of(title.TermTrack),
                NextTermStartYear: next is null ? null : TermTracks.StartYear(next, title.TermTrack));
            var verdict = EligibilityPolicy.Evaluate(request, query.RuleSet);
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
