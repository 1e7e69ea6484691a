using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Planning;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// Phạm vi: a round is visible to an account whose organisation is the round's organisation or one above it
/// (docs/security.md, "Ai được xem gì"). Out of scope answers 404, never 403, so the existence of a round does not leak.
/// </summary>
public static class RoundScope
{
    public const string NotFoundMessage = "Không tìm thấy đợt quy hoạch trong phạm vi của bạn.";

    public static async Task<bool> CoversAsync(QuyHoachDbContext db, PlanningActor actor, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.OrganisationId is not { } root)
        {
            return false;
        }

        Guid? current = organisationId;
        for (var depth = 0; current is { } id && depth < 32; depth++)
        {
            if (id == root)
            {
                return true;
            }

            current = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>The round when it exists and is in scope, else a 404 refusal.</summary>
    public static async Task<Outcome<PlanningRound>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.PlanningRounds.Include(r => r.Titles).Include(r => r.Steps).ThenInclude(s => s.ExtraBodies)
            .SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false);
        if (round is null || !await CoversAsync(db, actor, round.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound(NotFoundMessage);
        }

        round.Steps.Sort((a, b) => a.Number.CompareTo(b.Number));
        return round;
    }
}
