using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Planning;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Khách mời: a cadre of the registry (by code) or a person from elsewhere (by name), with their position.</summary>
public sealed record InviteesRequest(IReadOnlyList<InviteeLine>? Invitees);

public sealed record InviteeLine(string? CadreCode, string? FullName, string? Position);

/// <summary>
/// Adds invitees to the convening list of a step that invites others (key cadres, the department's extended body;
/// seed 001 invites district heads). They count in the convened (R-QUO-1). Not after votes are recorded.
/// </summary>
public sealed class InviteesHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, InviteesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadForStaffAsync(db, actor, conferenceId, "Chỉ chuyên viên tổ chức được lập danh sách triệu tập.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (RoundGuard.RefuseIfEnded(at.Round, "không mời thêm được thành phần") is { } ended)
        {
            return ended;
        }

        if (!at.Step.InvitesOthers || await AttendanceHandler.VotesRecordedAsync(db, conferenceId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Hội nghị này không mời thêm thành phần, hoặc đã có biên bản kiểm phiếu.");
        }

        var added = new List<ConvenedMember>();
        foreach (var line in request.Invitees ?? [])
        {
            var cadre = line.CadreCode is null ? null : await db.Cadres.SingleOrDefaultAsync(c => c.Code == line.CadreCode, cancellationToken).ConfigureAwait(false);
            var name = cadre?.FullName ?? line.FullName?.Trim();
            if ((line.CadreCode is not null && cadre is null) || string.IsNullOrEmpty(name) || string.IsNullOrWhiteSpace(line.Position))
            {
                return Refusal.BadInput($"Khách mời \"{line.CadreCode ?? line.FullName}\": cần mã cán bộ có trong danh sách cán bộ hoặc họ tên, và chức vụ.");
            }

            if (cadre is not null && (at.Conference.Members.Any(m => m.CadreId == cadre.Id) || added.Any(m => m.CadreId == cadre.Id)))
            {
                return Refusal.BadInput($"{cadre.FullName} ({cadre.Code}) đã có trong danh sách triệu tập.");
            }

            added.Add(new ConvenedMember { Id = Guid.CreateVersion7(), ConferenceId = conferenceId, CadreId = cadre?.Id, FullName = name, Position = line.Position.Trim(), Invited = true });
        }

        if (added.Count == 0)
        {
            return Refusal.BadInput("Hãy nhập ít nhất một khách mời.");
        }

        db.ConvenedMembers.AddRange(added);
        PlanningAudit.Record(db, actor, AuditAction.ConferenceInviteesAdded, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            after: new { Invitees = added.Select(m => new { m.Id, m.CadreId, m.FullName, m.Position }).ToList(), Convened = at.Convened + added.Count });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
    }
}
