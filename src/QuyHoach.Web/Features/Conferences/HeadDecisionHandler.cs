using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Quyết định của người đứng đầu: who decided (cadre code), when, whom, and why.</summary>
public sealed record HeadDecisionRequest(string? DeciderCadreCode, DateOnly DecidedOn, IReadOnlyList<Guid>? ChosenCandidateIds, string? Reason);

/// <summary>
/// Records the head's choice among candidates tied for the last place of a final ballot (R-TIE-1). The decider must be
/// the head of the presiding body on the conference's convening list; the choice is checked by the Domain
/// (FinalSelection.ApplyHeadDecision). Recorded by staff or a leader; one decision per ballot.
/// </summary>
public sealed class HeadDecisionHandler(QuyHoachDbContext db, TimeProvider clock, ResultsQuery results)
{
    public async Task<Outcome<ResultsView>> HandleAsync(PlanningActor actor, Guid ballotId, HeadDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await BallotContext.LoadForChangeAsync(db, actor, ballotId, _ => actor.IsStaff || actor.IsLeader, "Chỉ chuyên viên tổ chức hoặc lãnh đạo được ghi nhận quyết định của người đứng đầu.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.Ballot.Status != BallotStatus.ResultsComputed || b.Ballot.SeatsForHead == 0
            || await db.HeadDecisions.AnyAsync(d => d.BallotId == ballotId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Phiếu này không có trường hợp bằng phiếu ở vị trí cuối đang chờ người đứng đầu quyết định.");
        }

        var decider = await db.Cadres.SingleOrDefaultAsync(c => c.Code == request.DeciderCadreCode, cancellationToken).ConfigureAwait(false);
        if (decider is null || !b.At.Conference.Members.Any(m => m.CadreId == decider.Id && m.IsHead))
        {
            return Refusal.Forbidden($"\"{decider?.FullName ?? request.DeciderCadreCode}\" không phải người đứng đầu tập thể chủ trì hội nghị: chỉ người đứng đầu được quyết định lựa chọn khi bằng phiếu (R-TIE-1).");
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Refusal.BadInput("Hãy ghi lý do lựa chọn của người đứng đầu.");
        }

        var passing = b.Ballot.Candidates.Where(c => c.Passed == true).Select(c => new CandidateVote(c.Id.ToString(), c.Agree!.Value)).ToList();
        var chosen = (request.ChosenCandidateIds ?? []).Select(id => id.ToString()).ToList();
        var applied = FinalSelection.Fill(passing, b.Quota).ApplyHeadDecision(chosen);
        if (!applied.Applied)
        {
            return Refusal.BadInput(string.Join(" ", applied.Problems.Select(p => p.Message)), applied.Problems);
        }

        var selected = applied.Selection.Selected.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in b.Ballot.Candidates.Where(c => c.Passed == true))
        {
            candidate.Selected = selected.Contains(candidate.Id.ToString());
        }

        var decision = new HeadDecision
        {
            Id = Guid.CreateVersion7(),
            BallotId = ballotId,
            DecidedByCadreId = decider.Id,
            DecidedOn = request.DecidedOn,
            ChosenCandidateIds = [.. request.ChosenCandidateIds!],
            Reason = request.Reason.Trim(),
            RecordedByUserId = actor.UserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.HeadDecisions.Add(decision);
        PlanningAudit.Record(db, actor, AuditAction.HeadDecisionRecorded, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId, after: new
        {
            DecidedBy = decider.Code,
            decision.DecidedOn,
            decision.ChosenCandidateIds,
            decision.Reason,
            Selected = b.Ballot.Candidates.Where(c => c.Selected == true).Select(c => c.Id).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await results.HandleAsync(actor, ballotId, cancellationToken).ConfigureAwait(false);
    }
}
