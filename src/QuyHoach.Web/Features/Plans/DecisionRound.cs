namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// What a decision on a round's proposals needs first: the round in scope, an actor who may record decisions for the round's approving authority, the
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

        // The approving authority decides (R-AUTH-1): a leader of the unit that ran the round for a higher authority
        // (the department for the province's BTV) sees the round but does not sign for that authority.
        var authorityUnit = await db.ManagementAuthorities.Where(a => a.Id == round.ManagementAuthorityId)
            .Select(a => new { a.OrganisationId, Name = db.Bodies.Where(b => b.Id == a.ApprovingBodyId).Select(b => b.Name).FirstOrDefault() ?? a.Name })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (!await RoundScope.CoversAsync(db, actor, authorityUnit.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Forbidden($"Đợt quy hoạch này do {authorityUnit.Name} phê duyệt, quyết định; tài khoản của bạn không thuộc cấp đó (R-AUTH-1).");
        }

        if (round.Status != RoundStatus.Closed)
        {
            return Refusal.Conflict(notClosed);
        }

        return await DecisionFieldsCheck.CheckAsync(db, fields, round.ManagementAuthorityId, today, cancellationToken).ConfigureAwait(false) is { } bad ? bad : round;
    }
}
