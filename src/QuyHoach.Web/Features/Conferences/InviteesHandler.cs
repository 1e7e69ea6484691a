namespace QuyHoach.Web.Features.Conferences;

/// <summary>Khách mời: a cadre of the registry (chosen by id in the pickers, or by code) or a person from elsewhere (by name), with their position.</summary>
public sealed record InviteesRequest(IReadOnlyList<InviteeLine>? Invitees);

public sealed record InviteeLine(string? CadreCode, string? FullName, string? Position, Guid? CadreId = null);

/// <summary>
/// Adds invitees to the convening list of a step that invites others (key cadres, the department's extended body;
/// Kế hoạch 331/KH-SCT invites district heads). They count in the convened (R-QUO-1). Not after votes are recorded.
/// </summary>
public sealed class InviteesHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    /// <summary>The length of <c>convened_members.position</c>.</summary>
    public const int PositionMaxLength = 300;

    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, InviteesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadForStaffChangeAsync(
            db, actor, conferenceId, "Chỉ chuyên viên tổ chức được lập danh sách triệu tập.", "không mời thêm được thành phần", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (!at.Step.InvitesOthers || await AttendanceHandler.VotesRecordedAsync(db, conferenceId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Hội nghị này không mời thêm thành phần, hoặc đã có biên bản kiểm phiếu.");
        }

        var added = new List<ConvenedMember>();
        foreach (var line in request.Invitees ?? [])
        {
            var chosen = await ChosenCadre.FindAsync(db, actor, line.CadreId, line.CadreCode, cancellationToken).ConfigureAwait(false);
            var cadre = chosen.Cadre;
            var name = cadre?.FullName ?? Domain.Common.VietnameseText.Clean(line.FullName);
            if (!chosen.Found || string.IsNullOrEmpty(name) || string.IsNullOrWhiteSpace(line.Position))
            {
                return Refusal.BadInput("Khách mời: hãy chọn một cán bộ trong danh sách cán bộ hoặc nhập họ tên người không có trong danh sách, và nhập chức vụ.");
            }

            if (cadre is null && (Documents.Registry.Parsing.TextSafety.Check(name) ?? (name.Length > ChosenCadre.NameMaxLength ? $"họ và tên tối đa {ChosenCadre.NameMaxLength} ký tự" : null)) is { } problem)
            {
                return Refusal.BadInput($"Khách mời: {problem}.");
            }

            if (line.Position.Trim().Length > PositionMaxLength)
            {
                return Refusal.BadInput($"Khách mời: chức vụ tối đa {PositionMaxLength} ký tự.");
            }

            if (cadre is not null && (at.Conference.Members.Any(m => m.CadreId == cadre.Id) || added.Any(m => m.CadreId == cadre.Id)))
            {
                return Refusal.BadInput($"{cadre.FullName} đã có trong danh sách triệu tập.");
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
