namespace QuyHoach.Web.Features.Plans;

/// <summary>Hồ sơ: each cadre a closed round proposes gets a dossier to complete before approval (R-DOS-1).</summary>
internal sealed class DossiersOnRoundClose(QuyHoachDbContext db) : IRoundClosingStep
{
    public async Task OnClosingAsync(PlanningRound round, PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(actor);
        foreach (var proposed in await ProposedCadres.LoadAsync(db, round.Id, cancellationToken).ConfigureAwait(false))
        {
            db.Add(new Dossier
            {
                Id = Guid.CreateVersion7(),
                RoundId = round.Id,
                TitleId = proposed.TitleId,
                CadreId = proposed.CadreId,
                CreatedByUserId = actor.UserId,
                CreatedAt = round.ClosedAt!.Value,
            });
        }
    }
}
