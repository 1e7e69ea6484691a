using QuyHoach.Domain.Time;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Quy hoạch tại một ngày: the plan of any title or cadre as it stood on any date (R-EFF-1/2), in the reader's scope,
/// each line with its first appointable day (R-PRI-8) and, judged on that date, its automatic-removal triggers
/// (R-REM-AUTO): a discipline recorded for a planned cadre shows here at once. The cadre filter is a code or a part
/// of the name, diacritics ignored ("nguyen van" finds "Nguyễn Văn Hùng").
/// </summary>
public sealed class PlanQuery(QuyHoachDbContext db)
{
    public async Task<Outcome<PlanView>> HandleAsync(PlanningActor actor, DateOnly asOf, string? titleCode, string? cadreCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!PlanAccess.MayRead(actor))
        {
            return PlanAccess.ReadOnly;
        }

        var title = string.IsNullOrWhiteSpace(titleCode) ? null : titleCode.Trim();
        var cadre = string.IsNullOrWhiteSpace(cadreCode) ? null : cadreCode.Trim();
        var folded = Domain.Common.VietnameseText.Fold(cadre);
        var held = await PlanQueries.HeldOnAsync(db, asOf, q => q
            .Where(e => title == null || db.Titles.Any(t => t.Id == e.TitleId && t.Code == title))
            .Where(e => cadre == null || db.Cadres.Any(c => c.Id == e.CadreId && (c.Code == cadre || c.SearchName.Contains(folded)))), cancellationToken).ConfigureAwait(false);
        var lines = new List<PlanLineView>();
        var covered = new Dictionary<Guid, bool>();
        foreach (var h in held)
        {
            if (!covered.TryGetValue(h.Entry.OrganisationId, out var inScope))
            {
                covered[h.Entry.OrganisationId] = inScope = await RoundScope.CoversAsync(db, actor, h.Entry.OrganisationId, cancellationToken).ConfigureAwait(false);
            }

            if (inScope)
            {
                lines.Add(await LineAsync(h, asOf, cancellationToken).ConfigureAwait(false));
            }
        }

        var origins = await UnitHistory.OriginsAsync(db, lines.Select(l => l.EntryId).ToList(), cancellationToken).ConfigureAwait(false);
        lines = lines.Select(l => origins.TryGetValue(l.EntryId, out var origin) ? l with { CarriedFrom = origin.UnitName } : l).ToList();
        return new PlanView(asOf, lines.OrderBy(l => l.TitleCode, StringComparer.Ordinal).ThenBy(l => l.FullName, PlanCodes.NameOrder).ToList());
    }

    private async Task<PlanLineView> LineAsync(HeldEntry h, DateOnly asOf, CancellationToken cancellationToken)
    {
        var decision = await db.PlanDecisions.SingleAsync(d => d.Id == h.Entry.ApprovalDecisionId, cancellationToken).ConfigureAwait(false);
        var round = decision.RoundId is { } roundId ? await db.PlanningRounds.SingleAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false) : null;
        var ruleSet = await PlanRules.ForAsync(db, round, asOf, cancellationToken).ConfigureAwait(false);
        var wait = AppointmentWaitRule.Check(h.Entry.EffectiveFrom, asOf, ruleSet.Waits.AppointmentAfterApprovalMonths, ruleSet.MonthCounting);
        var unit = await db.Organisations.Where(o => o.Id == h.Entry.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var cadre = await db.Cadres.Where(c => c.Id == h.Entry.CadreId).Select(c => new { c.Code, c.FullName }).SingleAsync(cancellationToken).ConfigureAwait(false);
        return new PlanLineView(
            h.Entry.Id, h.Title.Code, h.Title.Name, h.Term.Code, cadre.Code, cadre.FullName, h.Entry.EffectiveFrom, decision.Number, wait.EarliestStart,
            (await TriggersAsync(db, h, asOf, cancellationToken).ConfigureAwait(false)).Select(r => $"{r.Message} ({r.Basis.RuleId})").ToList(),
            decision.Id, unit);
    }

    /// <summary>
    /// R-REM-AUTO for one holding entry on <paramref name="asOf"/>, measured under the rule set in force that day: a
    /// next-term entry counts from the next term's first month (R-AGE-1), a transitional entry is held to R-TRANS-1.
    /// </summary>
    internal static async Task<IReadOnlyList<EligibilityReason>> TriggersAsync(QuyHoachDbContext db, HeldEntry h, DateOnly asOf, CancellationToken cancellationToken)
    {
        var facts = (await CadreFactsReader.ReadAsync(db, h.Entry.CadreId, asOf, cancellationToken).ConfigureAwait(false))!.Facts;
        var title = await PlannedTitles.LoadAsync(db, h.Entry.TitleId, cancellationToken).ConfigureAwait(false);
        var group = title.SourceGroups.FirstOrDefault(g => facts.CurrentTitle is { } held && g.CurrentTitleIds.Contains(held.Id));
        var termKind = TermTracks.KindOf(h.Term, h.Title.TermTrack, asOf);
        var ruleSet = await PlanRules.ForAsync(db, null, asOf, cancellationToken).ConfigureAwait(false);
        var transitional = await PlanQueries.IsTransitionalAsync(db, h.Entry, ruleSet, cancellationToken).ConfigureAwait(false);
        var request = new EligibilityRequest(
            facts, title, termKind, asOf, Transitional: transitional, Track: TermTracks.Of(h.Title.TermTrack), NextTermStartYear: TermTracks.StartYear(h.Term, h.Title.TermTrack));
        return AutomaticRemovalPolicy.Review(request, group, ruleSet).AutomaticRemoval;
    }
}
