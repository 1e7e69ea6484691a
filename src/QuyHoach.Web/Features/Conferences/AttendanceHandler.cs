namespace QuyHoach.Web.Features.Conferences;

/// <summary>Điểm danh: the ids of the convened members present (everyone else is absent).</summary>
public sealed record AttendanceRequest(IReadOnlyList<Guid>? PresentMemberIds);

/// <summary>
/// Records attendance on the convening list (staff or the conference's counting committee). Nobody off the list can
/// be present, so attendance never exceeds the convened; it is fixed once a tally has been entered.
/// </summary>
public sealed class AttendanceHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, AttendanceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (!actor.IsStaff && !at.OnCommittee)
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức hoặc tổ kiểm phiếu của hội nghị được điểm danh.");
        }

        if (RoundGuard.RefuseIfEnded(at.Round, "không sửa được danh sách có mặt") is { } ended)
        {
            return ended;
        }

        if (await LaterStepOpenedAsync(db, at, cancellationToken).ConfigureAwait(false))
        {
            // The step completed on this attendance (R-QUO-1) and the next one opened on it: it stands as recorded.
            return Refusal.Conflict("Bước sau đã mở hội nghị trên cơ sở kết quả của hội nghị này: không sửa được danh sách có mặt.");
        }

        if (await VotesRecordedAsync(db, conferenceId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Hội nghị đã có biên bản kiểm phiếu: không sửa được danh sách có mặt.");
        }

        var ids = request.PresentMemberIds ?? [];
        var unknown = ids.Count(id => at.Conference.Members.All(m => m.Id != id));
        if (ids.Count > at.Convened || unknown > 0 || ids.Distinct().Count() != ids.Count)
        {
            return Refusal.BadInput(
                $"Số người có mặt ({ids.Count}) không thể vượt số người được triệu tập ({at.Convened}); mỗi người có mặt phải có tên trong danh sách triệu tập, một lần ({unknown} người không có trong danh sách).");
        }

        var before = at.Conference.Members.Where(m => m.Present).Select(m => m.Id).ToList();
        foreach (var member in at.Conference.Members)
        {
            member.Present = ids.Contains(member.Id);
        }

        PlanningAudit.Record(db, actor, AuditAction.ConferenceAttendanceRecorded, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            new { Present = before.Count, MemberIds = before }, new { Present = ids.Count, MemberIds = ids, at.Convened });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> LaterStepOpenedAsync(QuyHoachDbContext db, ConferenceContext at, CancellationToken cancellationToken)
    {
        var later = at.Round.Steps.Where(s => s.Number > at.Step.Number).Select(s => s.Id).ToList();
        return db.Conferences.AnyAsync(c => later.Contains(c.StepId), cancellationToken);
    }

    internal static Task<bool> VotesRecordedAsync(QuyHoachDbContext db, Guid conferenceId, CancellationToken cancellationToken) =>
        db.TallyEntries.AnyAsync(e => db.Ballots.Any(b => b.Id == e.BallotId && b.ConferenceId == conferenceId), cancellationToken);
}
