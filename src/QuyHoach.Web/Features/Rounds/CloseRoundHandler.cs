namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// Kết thúc đợt quy hoạch: only when every step with a conference is complete (RoundProgress): held with quorum
/// (R-QUO-1), ballot or not, results for every ballot, and no tie at the last place of a final ballot still waiting
/// for the head's decision (R-TIE-1, docs/rules/votes.md).
/// </summary>
public sealed class CloseRoundHandler(QuyHoachDbContext db, TimeProvider clock, GetRoundHandler view, IEnumerable<IRoundClosingStep> closingSteps)
{
    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await RoundScope.LoadForAsync(db, actor, roundId, RoundScope.StaffOrLeader, "Chỉ chuyên viên tổ chức hoặc lãnh đạo được kết thúc đợt quy hoạch.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (RoundGuard.RefuseIfEnded(round, "không kết thúc được nữa") is { } ended)
        {
            return ended;
        }

        if (round.Status != RoundStatus.InProgress)
        {
            return Refusal.Conflict("Chỉ kết thúc được đợt quy hoạch đang tiến hành.");
        }

        var progress = await RoundProgress.LoadAsync(db, round, DateOnly.MinValue, cancellationToken).ConfigureAwait(false);
        if (progress.FirstOrDefault(p => p.Step.BodyId is not null && !p.Progress.Complete) is { } pending)
        {
            return Refusal.Conflict(RoundProgress.Unfinished(pending, "chưa kết thúc được đợt quy hoạch"));
        }

        round.Status = RoundStatus.Closed;
        round.ClosedAt = clock.GetUtcNow();

        // What follows a closed round, in this transaction: each proposed cadre's dossier (R-DOS-1, the Plans feature).
        foreach (var step in closingSteps)
        {
            await step.OnClosingAsync(round, actor, cancellationToken).ConfigureAwait(false);
        }

        PlanningAudit.Record(db, actor, AuditAction.RoundClosed, PlanningAudit.Round, round.Id, round.OrganisationId, new { Status = "in-progress" }, new { Status = "closed", round.ClosedAt });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
    }
}
