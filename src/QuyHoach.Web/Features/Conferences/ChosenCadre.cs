namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// The cadre a form or the API names: by id (the pickers) within the user's scope, or by code (the API, kept for
/// existing clients). Null when neither is given; <see cref="Found"/> false when one is given and names nobody the
/// user may choose.
/// </summary>
internal sealed record ChosenCadre(Cadre? Cadre, bool Found)
{
    public const int NameMaxLength = 200;

    public static async Task<ChosenCadre> FindAsync(QuyHoachDbContext db, PlanningActor actor, Guid? id, string? code, CancellationToken cancellationToken)
    {
        if (id is { } cadreId)
        {
            var byId = await db.Cadres.SingleOrDefaultAsync(c => c.Id == cadreId, cancellationToken).ConfigureAwait(false);
            return byId is not null && await RoundScope.CoversAsync(db, actor, byId.OrganisationId, cancellationToken).ConfigureAwait(false)
                ? new ChosenCadre(byId, true)
                : new ChosenCadre(null, false);
        }

        if (code is null)
        {
            return new ChosenCadre(null, true);
        }

        var byCode = await db.Cadres.SingleOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
        return new ChosenCadre(byCode, byCode is not null);
    }
}
