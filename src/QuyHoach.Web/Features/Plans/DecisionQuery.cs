namespace QuyHoach.Web.Features.Plans;

/// <summary>Xem quyết định: in scope of the decision's organisation, for those who may read the plan.</summary>
public sealed class DecisionQuery(QuyHoachDbContext db)
{
    public const string NotFound = "Không tìm thấy quyết định trong phạm vi của bạn.";

    public async Task<Outcome<DecisionView>> HandleAsync(PlanningActor actor, Guid decisionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var decision = await db.PlanDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken).ConfigureAwait(false);
        if (decision is null || !await RoundScope.CoversAsync(db, actor, decision.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound(NotFound);
        }

        if (!PlanAccess.MayRead(actor))
        {
            return PlanAccess.ReadOnly;
        }

        return await ViewAsync(decision, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<DecisionView> ViewAsync(PlanDecision decision, CancellationToken cancellationToken)
    {
        var entries = await db.PlanEntries.Where(e => e.ApprovalDecisionId == decision.Id || e.EndDecisionId == decision.Id)
            .Join(db.Titles, e => e.TitleId, t => t.Id, (e, t) => new { e, t })
            .Join(db.Cadres, x => x.e.CadreId, c => c.Id, (x, c) => new { x.e, x.t, c.Code, c.FullName })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var notifications = await db.PlanNotifications.Where(n => n.DecisionId == decision.Id).OrderBy(n => n.NotifiedOn).ThenBy(n => n.RecordedAt)
            .Select(n => new NotificationView(n.Id, PlanCodes.Of(n.RecipientKind), n.RecipientName, n.NotifiedOn, n.RecordedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var authority = await db.ManagementAuthorities.Where(a => a.Id == decision.ManagementAuthorityId).Select(a => a.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.Where(t => t.Id == decision.TermId).Select(t => t.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        return new DecisionView(
            decision.Id, PlanCodes.Of(decision.Kind), PlanCodes.Label(decision.Kind), decision.Number, decision.SignedOn, decision.SignerName, decision.SignerPosition,
            authority, term, decision.RoundId, decision.Reason,
            entries.OrderBy(x => x.t.Rank).ThenBy(x => x.t.Code, StringComparer.Ordinal).ThenBy(x => x.FullName, PlanCodes.NameOrder)
                .Select(x => new DecisionEntryView(x.e.Id, x.t.Code, x.t.Name, x.Code, x.FullName, x.e.EffectiveFrom, x.e.EndedOn, x.e.EndReason is { } r ? PlanCodes.Of(r) : null))
                .ToList(),
            notifications, decision.Warnings is { Length: > 0 } warnings ? warnings.Split('\n') : []);
    }
}
