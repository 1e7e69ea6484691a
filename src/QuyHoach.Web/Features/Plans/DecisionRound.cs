using QuyHoach.Data;
using QuyHoach.Data.Planning;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// What a decision on a round's proposals needs first: the round in scope, an actor who may record decisions, the
/// round closed, and valid decision fields (<see cref="DecisionFieldsCheck"/>).
/// </summary>
internal static class DecisionRound
{
    public static async Task<Outcome<PlanningRound>> LoadAsync(
        QuyHoachDbContext db, PlanningActor actor, Guid roundId, DecisionFields? fields, DateOnly today, string notClosed, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (!PlanAccess.MayDecide(actor))
        {
            return PlanAccess.DecideOnly;
        }

        if (round.Status != RoundStatus.Closed)
        {
            return Refusal.Conflict(notClosed);
        }

        return await DecisionFieldsCheck.CheckAsync(db, fields, round.ManagementAuthorityId, today, cancellationToken).ConfigureAwait(false) is { } bad ? bad : round;
    }
}
