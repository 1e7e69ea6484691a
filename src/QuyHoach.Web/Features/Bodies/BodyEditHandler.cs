using QuyHoach.Documents.Registry.Parsing;

namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// Tạo và sửa tập thể of an organisation in the user's scope (staff and administrators, RegistryPolicies.Write). Every
/// change is audited in the same transaction. The body's internal code is made here and never shown.
/// </summary>
public sealed class BodyEditHandler(QuyHoachDbContext db)
{
    public const int NameMaxLength = 300;
    public const int MaxRegulatedSize = 1000;

    public async Task<Outcome<Guid>> CreateAsync(UserAccess access, BodyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        if (request.OrganisationId is not { } organisationId || !access.MayChange(organisationId))
        {
            return Refusal.BadInput("Hãy chọn một đơn vị trong phạm vi của bạn.");
        }

        if (Check(request) is { } refusal)
        {
            return refusal;
        }

        // A repeated "Tạo tập thể" (double click, retry) answers with the body the first one created (index
        // ix_bodies_name_organisation_id, migration 0016); another body of that name is refused.
        var name = Clean(request.Name);
        if (await SameNameAsync(organisationId, name, null, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing.Kind == BodyKinds.Codes[request.Kind!] && existing.RegulatedSize == request.RegulatedSize ? existing.Id : Refusal.Conflict(NameTaken(name));
        }

        var organisationCode = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        var body = new Body
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            Name = name,
            Kind = BodyKinds.Codes[request.Kind!],
            RegulatedSize = request.RegulatedSize,
        };
        body.Code = $"{organisationCode}-TT-{body.Id.ToString("N")[^8..]}";
        db.Bodies.Add(body);
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.BodyCreated, "body", body.Id.ToString(), organisationId, after: Snapshot(body)));
        if (await db.SaveUnlessDuplicateAsync(cancellationToken).ConfigureAwait(false))
        {
            return body.Id;
        }

        // The same request raced this one past the check above: answer with the body it created.
        return await SameNameAsync(organisationId, name, null, cancellationToken).ConfigureAwait(false) is { } created
            && created.Kind == body.Kind && created.RegulatedSize == body.RegulatedSize ? created.Id : Refusal.Conflict(NameTaken(name));
    }

    public async Task<Outcome<Guid>> UpdateAsync(UserAccess access, Guid id, BodyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == id, cancellationToken).ConfigureAwait(false);
        if (body is null || !access.Sees(body.OrganisationId))
        {
            return Refusal.NotFound("Không tìm thấy tập thể trong phạm vi của bạn.");
        }

        if (!access.MayChange(body.OrganisationId))
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức của đơn vị được sửa tập thể.");
        }

        if (Check(request) is { } refusal)
        {
            return refusal;
        }

        if (await SameNameAsync(body.OrganisationId, Clean(request.Name), body.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Refusal.Conflict(NameTaken(Clean(request.Name)));
        }

        var before = Snapshot(body);
        (body.Name, body.Kind, body.RegulatedSize) = (Clean(request.Name), BodyKinds.Codes[request.Kind!], request.RegulatedSize);
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.BodyUpdated, "body", body.Id.ToString(), body.OrganisationId, before, Snapshot(body)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return body.Id;
    }

    private static Refusal? Check(BodyRequest request)
    {
        var name = Clean(request.Name);
        if (name.Length == 0)
        {
            return Refusal.BadInput("Hãy nhập tên tập thể.");
        }

        if (name.Length > NameMaxLength)
        {
            return Refusal.BadInput($"Tên tập thể dài quá {NameMaxLength} ký tự.");
        }

        if (TextSafety.Check(name) is { } problem)
        {
            return Refusal.BadInput($"Tên tập thể: {problem}.");
        }

        if (request.Kind is null || !BodyKinds.Codes.ContainsKey(request.Kind))
        {
            return Refusal.BadInput("Hãy chọn loại tập thể.");
        }

        return request.RegulatedSize is < 1 or > MaxRegulatedSize
            ? Refusal.BadInput($"Số thành viên theo quy định phải từ 1 đến {MaxRegulatedSize}, hoặc để trống.")
            : null;
    }

    private static string NameTaken(string name) => $"Đơn vị đã có tập thể tên \"{name}\": hãy đặt tên khác.";

    private Task<Body?> SameNameAsync(Guid organisationId, string name, Guid? except, CancellationToken cancellationToken) =>
        db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.OrganisationId == organisationId && b.Name == name && b.Id != except, cancellationToken);

    private static string Clean(string? text) => string.Join(' ', (text ?? "").Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static object Snapshot(Body body) => new { body.Name, Kind = BodyKinds.CodeOf(body.Kind), body.RegulatedSize };
}
