using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Quyết định đương nhiên đưa ra khỏi quy hoạch (R-REM-AUTO): the approving authority ends entries without any vote
/// when, on the signing date, the cadre has died, is past the planning age, is disciplined at reprimand or above, or
/// was concluded not to meet the political standard. An entry without such a trigger is refused: removing it needs
/// the removal vote (R-REM-VOTE).
/// </summary>
public sealed class AutomaticRemovalHandler(QuyHoachDbContext db, TimeProvider clock, DecisionQuery view)
{
    public async Task<Outcome<DecisionView>> HandleAsync(PlanningActor actor, AutomaticRemovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!PlanAccess.MayDecide(actor))
        {
            return PlanAccess.DecideOnly;
        }

        var ids = request.EntryIds?.Distinct().ToList() ?? [];
        if (ids.Count == 0)
        {
            return Refusal.BadInput("Hãy chọn ít nhất một cán bộ đương nhiên ra khỏi quy hoạch.");
        }

        var signedOn = request.Decision?.SignedOn ?? Shell.VietnamTime.Today(clock);
        var held = await PlanQueries.HeldOnAsync(db, signedOn, q => q.Where(e => ids.Contains(e.Id)), cancellationToken).ConfigureAwait(false);
        var inScope = true;
        foreach (var h in held)
        {
            inScope &= await RoundScope.CoversAsync(db, actor, h.Entry.OrganisationId, cancellationToken).ConfigureAwait(false);
        }

        if (held.Count != ids.Count || !inScope)
        {
            return Refusal.NotFound("Có cán bộ không còn trong quy hoạch vào ngày ký hoặc không thuộc phạm vi của bạn.");
        }

        var first = held[0].Entry;
        if (held.Any(h => h.Entry.OrganisationId != first.OrganisationId || h.Entry.TermId != first.TermId))
        {
            return Refusal.BadInput("Một quyết định chỉ đưa ra khỏi quy hoạch cán bộ của cùng một đơn vị và một nhiệm kỳ.");
        }

        var approval = await db.PlanDecisions.SingleAsync(d => d.Id == first.ApprovalDecisionId, cancellationToken).ConfigureAwait(false);
        if (await DecisionFieldsCheck.CheckAsync(db, request.Decision, approval.ManagementAuthorityId, Shell.VietnamTime.Today(clock), cancellationToken).ConfigureAwait(false) is { } bad)
        {
            return bad;
        }

        var problems = new List<VoteProblem>();
        var reasons = new List<string>();
        var codes = new Dictionary<Guid, string>();
        foreach (var h in held)
        {
            var triggers = await PlanQuery.TriggersAsync(db, h, signedOn, cancellationToken).ConfigureAwait(false);
            var name = await db.Cadres.Where(c => c.Id == h.Entry.CadreId).Select(c => c.FullName).SingleAsync(cancellationToken).ConfigureAwait(false);
            if (triggers.Count == 0)
            {
                problems.Add(new VoteProblem("NO_TRIGGER", $"{name} ({h.Title.Name}): không thuộc trường hợp đương nhiên ra khỏi quy hoạch vào ngày {signedOn:dd/MM/yyyy}; việc đưa ra khỏi quy hoạch phải qua biểu quyết (R-REM-VOTE)."));
            }
            else
            {
                reasons.Add($"{name} ({h.Title.Name}): {string.Join(" ", triggers.Select(t => t.Message))}");
                codes[h.Entry.Id] = string.Join(",", triggers.Select(t => t.Code));
            }
        }

        if (problems.Count > 0)
        {
            return Refusal.Conflict(string.Join(" ", problems.Select(p => p.Message)), problems);
        }

        var decision = PlanDecision.Signed(
            DecisionKind.AutomaticRemoval, first.OrganisationId, approval.ManagementAuthorityId, first.TermId, null, request.Decision!.Signature(), string.Join("\n", reasons), actor.UserId, clock.GetUtcNow());
        db.Add(decision);
        foreach (var h in held)
        {
            (h.Entry.EndedOn, h.Entry.EndReason, h.Entry.EndDecisionId, h.Entry.EndNote) = (signedOn, PlanEndReason.RemovedAutomatically, decision.Id, codes[h.Entry.Id]);
        }

        PlanningAudit.Record(db, actor, AuditAction.PlanRemovedAutomatically, PlanningAudit.PlanDecision, decision.Id, decision.OrganisationId, after: new
        {
            decision.Number,
            decision.SignedOn,
            decision.SignerName,
            decision.Reason,
            Entries = held.Select(h => new { h.Entry.Id, h.Entry.CadreId, h.Entry.TitleId, h.Entry.EndedOn }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.ViewAsync(decision, cancellationToken).ConfigureAwait(false);
    }
}
