using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Planning;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// Kết thúc đợt quy hoạch: only when every voting step has held its conference with results for every ballot, and no
/// tie at the last place of a final ballot is still waiting for the head's decision (R-TIE-1, rules §12 case 13).
/// </summary>
public sealed class CloseRoundHandler(QuyHoachDbContext db, TimeProvider clock, GetRoundHandler view)
{
    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (!actor.IsStaff && !actor.IsLeader)
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức hoặc lãnh đạo được kết thúc đợt quy hoạch.");
        }

        if (round.Status != RoundStatus.InProgress)
        {
            return Refusal.Conflict("Chỉ kết thúc được đợt quy hoạch đang tiến hành.");
        }

        foreach (var step in round.Steps.Where(s => s.Vote is not null))
        {
            var conference = await db.Conferences.SingleOrDefaultAsync(c => c.StepId == step.Id, cancellationToken).ConfigureAwait(false);
            if (conference is null)
            {
                return Refusal.Conflict($"Bước {step.Number} ({step.Name}) chưa tổ chức hội nghị.");
            }

            var ballots = await db.Ballots.Where(b => b.ConferenceId == conference.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (ballots.Any(b => b.Status != BallotStatus.ResultsComputed))
            {
                return Refusal.Conflict($"Bước {step.Number} ({step.Name}) còn phiếu chưa có kết quả kiểm phiếu.");
            }

            foreach (var ballot in ballots.Where(b => b.Vote == VoteStep.Final && b.SeatsForHead > 0))
            {
                if (!await db.HeadDecisions.AnyAsync(d => d.BallotId == ballot.Id, cancellationToken).ConfigureAwait(false))
                {
                    return Refusal.Conflict("Có trường hợp bằng phiếu ở vị trí cuối chưa được người đứng đầu quyết định (R-TIE-1); chưa kết thúc được đợt quy hoạch.");
                }
            }
        }

        round.Status = RoundStatus.Closed;
        round.ClosedAt = clock.GetUtcNow();

        // Each proposed cadre gets a dossier to complete before approval (R-DOS-1).
        foreach (var proposed in await Plans.ProposedCadres.LoadAsync(db, round.Id, cancellationToken).ConfigureAwait(false))
        {
            db.Add(new Data.Plans.Dossier
            {
                Id = Guid.CreateVersion7(),
                RoundId = round.Id,
                TitleId = proposed.TitleId,
                CadreId = proposed.CadreId,
                CreatedByUserId = actor.UserId,
                CreatedAt = round.ClosedAt.Value,
            });
        }

        PlanningAudit.Record(db, actor, AuditAction.RoundClosed, PlanningAudit.Round, round.Id, round.OrganisationId, new { Status = "in-progress" }, new { Status = "closed", round.ClosedAt });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
    }
}
