namespace QuyHoach.Web.Features.Conferences;

/// <summary>Giờ kết thúc as typed: <c>hh:mm</c> (24 giờ); blank clears it.</summary>
/// <param name="Version">The conference's version as read (optional): a stale one is refused with 409 (RowVersion).</param>
public sealed record ConferenceEndRequest(string? EndsAt, string? Version = null);

/// <summary>
/// Records, changes or clears when a conference ended, which the tally minutes print ("Biên bản kết thúc vào hồi …");
/// without it they leave the time dotted for hand-writing. Staff only; refused once the round is closed, since its
/// minutes are then final. The same time sent again (a double submit) changes and audits nothing.
/// </summary>
public sealed class ConferenceEndHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, ConferenceEndRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadForStaffAsync(db, actor, conferenceId, "Chỉ chuyên viên tổ chức được ghi giờ kết thúc hội nghị.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        var read = ConferenceVenueAndStart.ReadTime(request.EndsAt, "Giờ kết thúc");
        if (read.Refusal is { } bad)
        {
            return bad;
        }

        var conference = at.Conference;
        if (read.Value == conference.EndsAt)
        {
            return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
        }

        if (RowVersion.Check(db, conference, c => c.Version, request.Version) is { } stale)
        {
            return stale;
        }

        if (RoundGuard.RefuseIfEnded(at.Round, "không đổi được giờ kết thúc hội nghị") is { } ended)
        {
            return ended;
        }

        if (read.Value is { } end && conference.StartsAt is { } start && end <= start)
        {
            return Refusal.BadInput(
                $"Giờ kết thúc {ConferenceVenueAndStart.Format(end)} phải sau giờ bắt đầu {ConferenceVenueAndStart.Format(start)}. Không có thay đổi nào được lưu.");
        }

        var before = new { EndsAt = ConferenceVenueAndStart.Format(conference.EndsAt) };
        conference.EndsAt = read.Value;
        PlanningAudit.Record(db, actor, AuditAction.ConferenceEndSet, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            before, new { EndsAt = ConferenceVenueAndStart.Format(conference.EndsAt) });
        if (await RowVersion.SaveAsync(db, cancellationToken).ConfigureAwait(false) is { } raced)
        {
            // Nothing was written; a double submit that lost the race finds its own time already saved by the other.
            db.ChangeTracker.Clear();
            var saved = await db.Conferences.AsNoTracking().Where(c => c.Id == conferenceId).Select(c => c.EndsAt).SingleAsync(cancellationToken).ConfigureAwait(false);
            if (saved != read.Value)
            {
                return raced;
            }
        }

        return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
    }
}
