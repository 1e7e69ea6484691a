namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// <c>/api/v1/bodies</c>: the bodies in scope, their dated members, and the cadre search the member picker uses. Reads
/// need the registry read policy; changes the write policy and the antiforgery header, like the other registry writes.
/// </summary>
public static class BodiesEndpoints
{
    public static void MapBodiesEndpoints(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(writes);
        reads.MapGet("/bodies", async (HttpContext context, BodyQueries q, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await q.ListAsync(await AccessOf(context, ct), VietnamTime.Today(clock), ct)))
            .WithName("ListBodies").WithSummary("Các tập thể trong phạm vi, với số thành viên hiện tại");
        reads.MapGet("/bodies/{id:guid}/members", async (Guid id, HttpContext context, BodyQueries q, TimeProvider clock, CancellationToken ct, DateOnly? asOf) =>
                await q.GetAsync(await AccessOf(context, ct), id, asOf ?? VietnamTime.Today(clock), ct) is { } body
                    ? Results.Ok(body)
                    : new Outcome<BodyDetail>(null, Refusal.NotFound("Không tìm thấy tập thể trong phạm vi của bạn.")).ToHttp())
            .WithName("GetBodyMembers").WithSummary("Thành viên của tập thể vào một ngày (asOf, mặc định hôm nay) và toàn bộ lịch sử");
        reads.MapGet("/bodies/{id:guid}/members.xlsx", async (Guid id, HttpContext context, BodyQueries q, Data.QuyHoachDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var access = await AccessOf(context, ct);
                if (await q.GetAsync(access, id, VietnamTime.Today(clock), ct) is not { } body)
                {
                    return new Outcome<BodyDetail>(null, Refusal.NotFound("Không tìm thấy tập thể trong phạm vi của bạn.")).ToHttp();
                }

                var rows = body.Current.Concat(body.History).DistinctBy(m => m.Id).OrderBy(m => m.To is null ? 0 : 1).ThenByDescending(m => m.IsHead).ThenBy(m => m.From)
                    .Select(m => new Documents.Exports.BodyMemberRow(m.FullName, m.Unit, m.Position, m.IsHead, Registry.RegistryLabels.Date(m.From), m.To is { } to ? Registry.RegistryLabels.Date(to) : null))
                    .ToList();
                Data.Audit.AuditTrail.Record(db, Data.Audit.AuditEvent.Create(access.Actor, Data.Audit.AuditAction.RegistryExported, "body-members", id.ToString(), body.OrganisationId, after: new { rows = rows.Count }));
                await db.SaveChangesAsync(ct);
                using var stream = new MemoryStream();
                Documents.Exports.BodyMembersExport.Write(stream, rows);
                return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "thanh-vien-tap-the.xlsx");
            })
            .WithName("ExportBodyMembers").WithSummary("Xuất Excel thành viên của tập thể (hiện tại và trước đây)");
        reads.MapGet("/cadre-choices", async (HttpContext context, CadrePickerQuery q, CancellationToken ct) =>
                Results.Ok(await q.HandleAsync(await AccessOf(context, ct), context.Request.Query["q"].ToString(), ct)))
            .WithName("SearchCadreChoices").WithSummary("Tìm cán bộ để chọn (theo tên, mã hoặc đơn vị, không phân biệt dấu)");

        writes.MapPost("/bodies", async (BodyRequest body, HttpContext context, BodyEditHandler h, BodyQueries q, TimeProvider clock, CancellationToken ct) =>
                await DetailAsync(await h.CreateAsync(await AccessOf(context, ct), body, ct), context, q, clock, ct, StatusCodes.Status201Created))
            .WithName("CreateBody").WithSummary("Tạo tập thể của một đơn vị trong phạm vi");
        writes.MapPut("/bodies/{id:guid}", async (Guid id, BodyRequest body, HttpContext context, BodyEditHandler h, BodyQueries q, TimeProvider clock, CancellationToken ct) =>
                await DetailAsync(await h.UpdateAsync(await AccessOf(context, ct), id, body, ct), context, q, clock, ct))
            .WithName("UpdateBody").WithSummary("Sửa tên, loại, số thành viên theo quy định của tập thể");
        writes.MapPost("/bodies/{id:guid}/members", async (Guid id, MembershipRequest body, HttpContext context, MembershipHandler h, BodyQueries q, TimeProvider clock, CancellationToken ct) =>
                await DetailAsync(Body(id, await h.AddAsync(await AccessOf(context, ct), id, body, ct)), context, q, clock, ct, StatusCodes.Status201Created))
            .WithName("AddBodyMember").WithSummary("Thêm thành viên (cán bộ trong danh sách, chức vụ trong tập thể, từ ngày, đến ngày)");
        writes.MapPost("/bodies/{id:guid}/members.xlsx", async (Guid id, IFormFile? file, HttpContext context, BodyMembersUpload h, CancellationToken ct) =>
                await UploadAsync(id, file, context, h, ct))
            .WithName("UploadBodyMembers").WithSummary("Thêm thành viên từ tệp Excel (cùng mẫu với tệp tải về); có lỗi ở dòng nào thì không ghi gì")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Documents.Registry.ImportLimits.Default.MaxFileBytes + (1024 * 1024)));
        writes.MapPost("/bodies/{id:guid}/members/{membershipId:guid}/end", async (Guid id, Guid membershipId, EndMembershipRequest body, HttpContext context, MembershipHandler h, BodyQueries q, TimeProvider clock, CancellationToken ct) =>
                await DetailAsync(Body(id, await h.EndAsync(await AccessOf(context, ct), id, membershipId, body, ct)), context, q, clock, ct))
            .WithName("EndBodyMembership").WithSummary("Kết thúc tư cách thành viên (ghi ngày kết thúc; lịch sử được giữ)");
    }

    /// <summary>The upload's outcome: what was added and skipped, or 400 with every row error, one per line.</summary>
    public static async Task<Outcome<MembersUploadResult>> ReadUploadAsync(Guid id, IFormFile? file, UserAccess access, BodyMembersUpload h, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Refusal.BadInput("Hãy chọn tệp Excel (.xlsx) để tải lên.");
        }

        if (file.Length > Documents.Registry.ImportLimits.Default.MaxFileBytes)
        {
            return Refusal.BadInput($"Tệp lớn quá {Documents.Registry.ImportLimits.Default.MaxFileBytes / (1024 * 1024)} MB.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return await h.UploadAsync(access, id, buffer.ToArray(), ct);
    }

    private static async Task<IResult> UploadAsync(Guid id, IFormFile? file, HttpContext context, BodyMembersUpload h, CancellationToken ct)
    {
        var outcome = await ReadUploadAsync(id, file, await AccessOf(context, ct), h, ct);
        return outcome.Value is { Errors.Count: > 0 } failed
            ? new Outcome<MembersUploadResult>(null, Refusal.BadInput("Tệp có lỗi nên chưa ghi gì:\n" + string.Join("\n", failed.Errors))).ToHttp()
            : outcome.ToHttp();
    }

    private static Outcome<Guid> Body(Guid bodyId, Outcome<Guid> outcome) => outcome.Refused ? outcome : bodyId;

    private static async Task<IResult> DetailAsync(Outcome<Guid> outcome, HttpContext context, BodyQueries q, TimeProvider clock, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if (outcome.Refusal is { } refusal)
        {
            return new Outcome<BodyDetail>(null, refusal).ToHttp();
        }

        var detail = await q.GetAsync(await AccessOf(context, ct), outcome.Value, VietnamTime.Today(clock), ct);
        return new Outcome<BodyDetail>(detail, null).ToHttp(status);
    }

    private static Task<UserAccess> AccessOf(HttpContext context, CancellationToken ct) =>
        context.RequestServices.GetRequiredService<AccessResolver>().ForAsync(context.User, ct);
}
