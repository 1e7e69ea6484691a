namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// What another feature adds when a round closes, in the closing's transaction (before its <c>SaveChanges</c>, on the
/// request's one DbContext): the Plans feature opens a dossier for each proposed cadre (R-DOS-1). The Rounds feature
/// closes a round without knowing who follows it, so it does not depend on the features built on top of it.
/// </summary>
public interface IRoundClosingStep
{
    /// <param name="round">The round, already marked closed with its closing time.</param>
    /// <param name="actor">Who closes it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task OnClosingAsync(PlanningRound round, PlanningActor actor, CancellationToken cancellationToken);
}
