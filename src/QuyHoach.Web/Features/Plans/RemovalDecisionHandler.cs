namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Quyết định đưa ra khỏi quy hoạch after a closed round's removal vote (R-REM-VOTE is a proposal; the authority
/// decides): ends, on the signing date, the entries of every cadre whose removal passed (R-EFF-2).
/// </summary>
public sealed class RemovalDecisionHandler(QuyHoachDbContext db, TimeProvider clock, DecisionQuery view)
{
    public async Task<Outcome<DecisionView>> HandleAsync(PlanningActor actor, Guid roundId, RemovalDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await DecisionRound.LoadAsync(
            db, actor, roundId, request.Decision, Shell.VietnamTime.Today(clock), "Đợt quy hoạch chưa kết thúc: chưa ra quyết định đưa ra khỏi quy hoạch được.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var signedOn = request.Decision!.SignedOn!.Value;
        var voted = (await ProposedCadres.RemovalsAsync(db, roundId, cancellationToken).ConfigureAwait(false)).Where(r => r.ByVote).ToList();
        var held = await PlanQueries.HeldOnAsync(db, signedOn, q => q.Where(e => e.TermId == round.TermId), cancellationToken).ConfigureAwait(false);
        var ending = held.Where(h => voted.Any(v => v.CadreId == h.Entry.CadreId && v.TitleId == h.Entry.TitleId)).Select(h => h.Entry).ToList();
        if (ending.Count == 0)
        {
            return Refusal.Conflict("Không có cán bộ nào được biểu quyết đưa ra khỏi quy hoạch mà đang trong quy hoạch vào ngày ký.");
        }

        var decision = ApproveHandler.NewDecision(DecisionKind.Removal, round, request.Decision, actor, clock.GetUtcNow());
        db.Add(decision);
        var before = ending.Select(e => new { e.Id, e.EndedOn, EndReason = e.EndReason?.ToString() }).ToList();
        foreach (var entry in ending)
        {
            (entry.EndedOn, entry.EndReason, entry.EndDecisionId) = (signedOn, PlanEndReason.Removed, decision.Id);
        }

        PlanningAudit.Record(db, actor, AuditAction.PlanRemoved, PlanningAudit.PlanDecision, decision.Id, round.OrganisationId, new { Entries = before }, new
        {
            decision.Number,
            decision.SignedOn,
            decision.SignerName,
            RoundId = round.Id,
            Entries = ending.Select(e => new { e.Id, e.CadreId, e.TitleId, e.EndedOn, EndReason = e.EndReason.ToString() }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.ViewAsync(decision, cancellationToken).ConfigureAwait(false);
    }
}
