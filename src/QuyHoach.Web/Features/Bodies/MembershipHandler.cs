using Npgsql;

namespace QuyHoach.Web.Features.Bodies;

/// <summary>A body the user may change: its organisation and kind (which decides the roles a member may hold).</summary>
internal sealed record EditableBody(Guid OrganisationId, BodyKind Kind);

/// <summary>
/// Thành viên tập thể, dated: a seat is added for a cadre chosen from the registry (in the user's scope), with a role
/// of the body's kind (<see cref="BodyRoles"/>), and ended by
/// setting its last day; nothing is ever deleted, so the convening list of a past conference can be rebuilt. Two
/// seats of one person in one body may not overlap: the database refuses them (migration 0015).
/// </summary>
public sealed class MembershipHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<Guid>> AddAsync(UserAccess access, Guid bodyId, MembershipRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var editable = await EditableAsync(access, bodyId, cancellationToken).ConfigureAwait(false);
        if (editable.Refusal is { } refused)
        {
            return refused;
        }

        var cadre = request.CadreId is { } cadreId
            ? await db.Cadres.Where(c => c.Id == cadreId).Select(c => new { c.Id, c.FullName, c.OrganisationId }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        if (cadre is null || !access.Sees(cadre.OrganisationId))
        {
            return Refusal.BadInput("Hãy chọn một cán bộ trong danh sách cán bộ thuộc phạm vi của bạn.");
        }

        var checkedSeat = Check(request, editable.Value!.Kind);
        if (checkedSeat.Refusal is { } invalid)
        {
            return invalid;
        }

        var seat = Stage(access, bodyId, editable.Value.OrganisationId, cadre.Id, cadre.FullName, checkedSeat.Value!);
        return await SaveAsync(seat.Id, Overlap(cadre.FullName), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one message for two seats of one person in one body that overlap.</summary>
    public static string Overlap(string fullName) => $"{fullName} đã là thành viên của tập thể trong khoảng thời gian này: hãy kết thúc lần trước hoặc chọn ngày khác.";

    /// <summary>The one check of a seat's role and dates (the cadre is checked by the caller): the seat, with the role
    /// as <see cref="BodyRoles"/> writes it, or why not.</summary>
    public static Outcome<MembershipRequest> Check(MembershipRequest request, BodyKind kind)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BodyRoles.Match(kind, request.Position) is not { } position)
        {
            return Refusal.BadInput(BodyRoles.Refusal(kind));
        }

        if (request.From is not { } from || (request.To is { } to && to < from))
        {
            return Refusal.BadInput("Hãy nhập ngày bắt đầu (dd/MM/yyyy); ngày kết thúc, nếu có, không trước ngày bắt đầu.");
        }

        return request with { Position = position };
    }

    /// <summary>Whether two seats' dated spans share a day (an open end runs for ever), as the database's exclusion constraint sees it.</summary>
    public static bool Overlaps(DateOnly from1, DateOnly? to1, DateOnly from2, DateOnly? to2) =>
        (to2 is null || from1 <= to2) && (to1 is null || from2 <= to1);

    /// <summary>Adds a checked seat and its audit line (body.member_added) to the unit of work; the caller saves.</summary>
    internal BodyMembership Stage(UserAccess access, Guid bodyId, Guid organisationId, Guid cadreId, string fullName, MembershipRequest seatRequest)
    {
        var seat = new BodyMembership { Id = Guid.CreateVersion7(), BodyId = bodyId, CadreId = cadreId, Position = seatRequest.Position!, IsHead = seatRequest.IsHead, From = seatRequest.From!.Value, To = seatRequest.To };
        db.Add(seat);
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.BodyMemberAdded, "body", bodyId.ToString(), organisationId,
            after: new { MembershipId = seat.Id, seat.CadreId, FullName = fullName, seat.Position, seat.IsHead, seat.From, seat.To }));
        return seat;
    }

    public async Task<Outcome<Guid>> EndAsync(UserAccess access, Guid bodyId, Guid membershipId, EndMembershipRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var editable = await EditableAsync(access, bodyId, cancellationToken).ConfigureAwait(false);
        if (editable.Refusal is { } refused)
        {
            return refused;
        }

        var seat = await db.Set<BodyMembership>().SingleOrDefaultAsync(m => m.Id == membershipId && m.BodyId == bodyId, cancellationToken).ConfigureAwait(false);
        if (seat is null)
        {
            return Refusal.NotFound("Không tìm thấy thành viên này của tập thể.");
        }

        if (request.To is not { } to || to < seat.From)
        {
            return Refusal.BadInput($"Hãy nhập ngày kết thúc (dd/MM/yyyy), không trước ngày bắt đầu {seat.From:dd/MM/yyyy}.");
        }

        var before = new { MembershipId = seat.Id, seat.To };
        seat.To = to;
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.BodyMemberEnded, "body", bodyId.ToString(), editable.Value!.OrganisationId, before, new { MembershipId = seat.Id, seat.CadreId, seat.To }));
        return await SaveAsync(seat.Id, "Ngày kết thúc này làm chồng lên một lần khác của cùng người trong tập thể.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The body's organisation and kind when the user may change it; else not found (out of scope) or forbidden.</summary>
    internal async Task<Outcome<EditableBody>> EditableAsync(UserAccess access, Guid bodyId, CancellationToken cancellationToken)
    {
        var body = await db.Bodies.Where(b => b.Id == bodyId).Select(b => new EditableBody(b.OrganisationId, b.Kind)).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (body is null || !access.Sees(body.OrganisationId))
        {
            return Refusal.NotFound("Không tìm thấy tập thể trong phạm vi của bạn.");
        }

        return access.MayChange(body.OrganisationId) ? body : Refusal.Forbidden("Chỉ chuyên viên tổ chức của đơn vị được sửa thành viên tập thể.");
    }

    internal async Task<Outcome<Guid>> SaveAsync(Guid id, string overlap, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return id;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            return Refusal.Conflict(overlap);
        }
    }
}
