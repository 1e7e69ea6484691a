namespace QuyHoach.Web.Features.Rounds;

/// <summary>Hủy đợt quy hoạch: the reason is required.</summary>
public sealed record CancelRoundRequest(string? Reason);

/// <summary>
/// Cancels a round in draft or in progress (staff or leaders, in scope), with a reason, audited. Nothing it recorded is
/// deleted or unsealed: conferences, tallies and sealed results stay as they were, visible to whoever could see them.
/// A cancelled round accepts no more changes (RoundGuard) and no longer holds up appointments (R-PRI-7).
/// </summary>
/// <remarks>
/// Safe under double submit: the round's row is locked first, so a second cancellation waits for the first and then
/// finds the round cancelled; it answers with the round as it is, writing nothing (idempotent, never an error).
/// </remarks>
public sealed class CancelRoundHandler(QuyHoachDbContext db, TimeProvider clock, GetRoundHandler view)
{
    /// <summary>Longest reason kept (the column's length).</summary>
    public const int MaxReasonLength = 2000;

    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, Guid roundId, CancelRoundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM planning_rounds WHERE id = {roundId} FOR UPDATE", cancellationToken).ConfigureAwait(false);
        var loaded = await RoundScope.LoadForAsync(db, actor, roundId, RoundScope.StaffOrLeader, "Chỉ chuyên viên tổ chức hoặc lãnh đạo được hủy đợt quy hoạch.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (round.Status == RoundStatus.Cancelled)
        {
            return await view.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
        }

        if (round.Status == RoundStatus.Closed)
        {
            return Refusal.Conflict("Đợt quy hoạch đã kết thúc: không hủy được.");
        }

        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            return Refusal.BadInput("Hãy ghi lý do hủy đợt quy hoạch. Đợt quy hoạch chưa bị hủy.");
        }

        if (reason.Length > MaxReasonLength)
        {
            return Refusal.BadInput($"Lý do hủy dài {reason.Length} ký tự, vượt quá {MaxReasonLength} ký tự cho phép. Đợt quy hoạch chưa bị hủy.");
        }

        var before = PlanningCodes.Of(round.Status);
        (round.Status, round.CancelledAt, round.CancelledByUserId, round.CancellationReason) = (RoundStatus.Cancelled, clock.GetUtcNow(), actor.UserId, reason);
        PlanningAudit.Record(db, actor, AuditAction.RoundCancelled, PlanningAudit.Round, round.Id, round.OrganisationId,
            new { Status = before }, new { Status = PlanningCodes.Of(round.Status), round.CancelledAt, Reason = reason });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
    }
}
