namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// The cadre and the title a plan action names (an appointment, a proposal): the cadre picked by id (pages) or by
/// code (the API), the title by code. Found only when both exist and the cadre is in the actor's scope (RoundScope);
/// otherwise one "not found" for both, so nobody learns of a cadre outside their scope.
/// </summary>
internal sealed record CadreAndTitle(Cadre Cadre, Title Title)
{
    /// <summary>Whether the request names a cadre (id or code) and a title at all.</summary>
    public static bool Named(Guid? cadreId, string? cadreCode, string? titleCode) =>
        (cadreId is not null || !string.IsNullOrWhiteSpace(cadreCode)) && !string.IsNullOrWhiteSpace(titleCode);

    /// <summary>The pair in <paramref name="actor"/>'s scope, or the refusal the handlers give.</summary>
    public static async Task<Outcome<CadreAndTitle>> FindAsync(
        QuyHoachDbContext db, PlanningActor actor, Guid? cadreId, string? cadreCode, string titleCode, CancellationToken cancellationToken)
    {
        var code = cadreCode?.Trim();
        var cadre = await db.Cadres.SingleOrDefaultAsync(c => cadreId != null ? c.Id == cadreId : c.Code == code, cancellationToken).ConfigureAwait(false);
        var title = await db.Titles.SingleOrDefaultAsync(t => t.Code == titleCode.Trim(), cancellationToken).ConfigureAwait(false);
        if (cadre is null || title is null || !await RoundScope.CoversAsync(db, actor, cadre.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound("Không tìm thấy cán bộ hoặc chức danh trong phạm vi của bạn.");
        }

        return new CadreAndTitle(cadre, title);
    }
}
