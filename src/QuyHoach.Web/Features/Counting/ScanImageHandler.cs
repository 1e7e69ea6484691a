namespace QuyHoach.Web.Features.Counting;

/// <summary>
/// Ảnh trang quét: a stored page image, sealed with its step's results. Out of scope (or no such image) is a 404; in
/// scope, whoever may not see the step's counts gets a 403 (<see cref="ScanContext"/>, R-DISC-1).
/// </summary>
public sealed class ScanImageHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<byte[]>> HandleAsync(PlanningActor actor, Guid pageId, CancellationToken cancellationToken)
    {
        var conferenceId = await ScanContext.ConferenceOfPageAsync(db, pageId, cancellationToken).ConfigureAwait(false);
        if (ScanContext.Unknown(conferenceId))
        {
            return Refusal.NotFound(ScanContext.NotFoundMessage);
        }

        var loaded = await ScanContext.LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refusal is { } refused)
        {
            return refused;
        }

        return await db.ScanPages.AsNoTracking().Where(p => p.Id == pageId).Select(p => p.Png).SingleAsync(cancellationToken).ConfigureAwait(false);
    }
}
