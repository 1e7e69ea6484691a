namespace QuyHoach.Web.Features.Conferences;

/// <summary>Địa điểm và giờ bắt đầu as typed: <c>startsAt</c> is <c>hh:mm</c> (24 giờ); blank clears a field.</summary>
/// <param name="Version">The conference's version as read (optional): a stale one is refused with 409 (RowVersion).</param>
public sealed record VenueAndStartRequest(string? Venue, string? StartsAt, string? Version = null);

/// <summary>
/// Records or changes where and when a conference sat, which the tally minutes print. Staff only; refused once the
/// round is closed, since its minutes are then final. Both fields are replaced; the audit event keeps before and after.
/// </summary>
public sealed class VenueAndStartHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, VenueAndStartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadForStaffAsync(db, actor, conferenceId, "Chỉ chuyên viên tổ chức được ghi địa điểm và giờ bắt đầu hội nghị.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (RowVersion.Check(db, at.Conference, c => c.Version, request.Version) is { } stale)
        {
            return stale;
        }

        if (RoundGuard.RefuseIfEnded(at.Round, "không đổi được địa điểm và giờ bắt đầu hội nghị") is { } ended)
        {
            return ended;
        }

        var read = ConferenceVenueAndStart.Read(request.Venue, request.StartsAt);
        if (read.Value is not { } details)
        {
            return read.Refusal!;
        }

        var conference = at.Conference;
        var before = new { conference.Venue, StartsAt = ConferenceVenueAndStart.Format(conference.StartsAt) };
        (conference.Venue, conference.StartsAt) = (details.Venue, details.StartsAt);
        PlanningAudit.Record(db, actor, AuditAction.ConferenceVenueAndStartSet, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            before, new { conference.Venue, StartsAt = ConferenceVenueAndStart.Format(conference.StartsAt) });
        if (await RowVersion.SaveAsync(db, cancellationToken).ConfigureAwait(false) is { } raced)
        {
            return raced;
        }

        return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
    }
}
