namespace QuyHoach.Web.Features.Plans;

/// <summary>One decision recorded without a planning round (e.g. an approved plan entered as it was signed).</summary>
public sealed record DecisionLine(Guid Id, string Kind, string Number, DateOnly SignedOn, string Authority);

/// <summary>
/// Quyết định không qua đợt quy hoạch: decisions in the reader's scope that no round produced, newest first, for
/// those who may read the plan (PlanAccess.MayRead); the rounds' own decisions are reached through their dossiers.
/// </summary>
public sealed class DecisionsWithoutRoundQuery(QuyHoachDbContext db)
{
    public async Task<Outcome<IReadOnlyList<DecisionLine>>> HandleAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!PlanAccess.MayRead(actor))
        {
            return PlanAccess.ReadOnly;
        }

        var decisions = await db.PlanDecisions.AsNoTracking().Where(d => d.RoundId == null)
            .OrderByDescending(d => d.SignedOn).ThenBy(d => d.Number)
            .Join(db.ManagementAuthorities, d => d.ManagementAuthorityId, a => a.Id, (d, a) => new { d.Id, d.Kind, d.Number, d.SignedOn, d.OrganisationId, Authority = a.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var lines = new List<DecisionLine>();
        foreach (var d in decisions)
        {
            if (await RoundScope.CoversAsync(db, actor, d.OrganisationId, cancellationToken).ConfigureAwait(false))
            {
                lines.Add(new DecisionLine(d.Id, PlanCodes.Label(d.Kind), d.Number, d.SignedOn, d.Authority));
            }
        }

        return new Outcome<IReadOnlyList<DecisionLine>>(lines, null);
    }
}
