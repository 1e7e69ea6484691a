using QuyHoach.Web.Features.Outputs;

namespace QuyHoach.Web.Features.Development;

/// <summary>REST API of development plans under <c>/api/v1/development</c> (R-USE-2, R-PUB-1).</summary>
public static class DevelopmentEndpoints
{
    public static RouteGroupBuilder MapDevelopmentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/development").WithTags("Kế hoạch phát triển cán bộ");
        group.MapGet("/{entryId:guid}", async (Guid entryId, ClaimsPrincipal user, DevelopmentPlanQuery h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), entryId, ct)).ToHttp())
            .WithName("GetDevelopmentPlan").WithSummary("Kế hoạch đào tạo, bồi dưỡng, luân chuyển của một cán bộ trong quy hoạch");
        group.MapPost("/{entryId:guid}/generate", async (Guid entryId, ClaimsPrincipal user, DevelopmentCommands h, CancellationToken ct) => (await h.GenerateAsync(PlanningActor.From(user), entryId, ct)).ToHttp())
            .WithName("GenerateDevelopmentItems").WithSummary("Lập các việc từ nghĩa vụ của kết quả xét điều kiện (lặp lại không thêm gì)");
        group.MapPost("/{entryId:guid}/items", async (Guid entryId, AddItemRequest body, ClaimsPrincipal user, DevelopmentCommands h, CancellationToken ct) => (await h.AddItemAsync(PlanningActor.From(user), entryId, body, ct)).ToHttp())
            .WithName("AddDevelopmentItem").WithSummary("Thêm khóa đào tạo, bồi dưỡng, luân chuyển hoặc biệt phái");
        group.MapPost("/items/{itemId:guid}/close", async (Guid itemId, string? evidenceDate, string? evidenceNumber, IFormFile? file, ClaimsPrincipal user, CloseItemHandler h, CancellationToken ct) =>
            {
                var bytes = file is null ? [] : await DossierFiles.ReadAsync(file, ct).ConfigureAwait(false);
                var date = Registry.VietnameseDates.TryParseDate(evidenceDate, out var d) ? d : (DateOnly?)null;
                return (await h.HandleAsync(PlanningActor.From(user), itemId, new CloseItemRequest(date, evidenceNumber, file?.FileName ?? "", bytes), ct)).ToHttp();
            })
            .WithName("CloseDevelopmentItem").WithSummary("Hoàn thành một việc với chứng chỉ hoặc quyết định; cập nhật hồ sơ cán bộ");
        group.MapGet("/items/{itemId:guid}/evidence", async (Guid itemId, ClaimsPrincipal user, QuyHoachDbContext db, CancellationToken ct) => await EvidenceAsync(db, PlanningActor.From(user), itemId, ct))
            .WithName("DevelopmentEvidence").WithSummary("Tải văn bản chứng minh hoàn thành");
        group.MapGet("/reminders", async (ClaimsPrincipal user, DevelopmentReminders h, CancellationToken ct) => Results.Ok(await h.HandleAsync(PlanningActor.From(user), ct)))
            .WithName("DevelopmentReminders").WithSummary("Việc quá hạn hoặc đến hạn trong thời gian nhắc việc");
        group.MapGet("/plan.docx", async (int year, ClaimsPrincipal user, DevelopmentDocuments h, CancellationToken ct) => File(await h.PlanAsync(PlanningActor.From(user), year, ct)))
            .WithName("DevelopmentPlanDocument").WithSummary("Kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch (DOCX)");
        group.MapGet("/obligations.xlsx", async (ClaimsPrincipal user, DevelopmentDocuments h, CancellationToken ct) => File(await h.ObligationsAsync(PlanningActor.From(user), ct)))
            .WithName("DevelopmentObligations").WithSummary("Danh sách nghĩa vụ theo cán bộ (XLSX)");
        group.MapGet("/standards/{roundId:guid}.docx", async (Guid roundId, ClaimsPrincipal user, DevelopmentDocuments h, CancellationToken ct) => File(await h.StandardsAsync(PlanningActor.From(user), roundId, ct)))
            .WithName("TitleStandardsAnnex").WithSummary("Phụ lục tiêu chuẩn chức danh quy hoạch của hội nghị (DOCX, R-PUB-1)");
        return api;
    }

    private static IResult File(Outcome<DocumentFile> outcome) =>
        outcome.Value is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : outcome.ToHttp();

    /// <summary>The evidence file of an item: in scope, readers of the plan only, the view audited.</summary>
    private static async Task<IResult> EvidenceAsync(QuyHoachDbContext db, PlanningActor actor, Guid itemId, CancellationToken ct)
    {
        var item = await db.DevelopmentItems.SingleOrDefaultAsync(i => i.Id == itemId, ct).ConfigureAwait(false);
        var loaded = item is null ? Refusal.NotFound(DevelopmentEntry.NotFound) : await DevelopmentEntry.LoadAsync(db, actor, item.PlanEntryId, ct).ConfigureAwait(false);
        if (loaded.Refused || item!.EvidenceContent is not { } content)
        {
            return ((Outcome<int>)(loaded.Refusal ?? Refusal.NotFound("Việc này chưa có văn bản chứng minh."))).ToHttp();
        }

        PlanningAudit.Record(db, actor, AuditAction.DevelopmentEvidenceViewed, "development_item", item.Id, item.OrganisationId, after: new { item.EvidenceFileName, item.EvidenceSha256 });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Results.File(content, item.EvidenceContentType, item.EvidenceFileName);
    }
}

/// <summary>The handlers of development plans.</summary>
public static class DevelopmentSetup
{
    public static IServiceCollection AddDevelopment(this IServiceCollection services) =>
        services.AddScoped<DevelopmentCommands>().AddScoped<CloseItemHandler>().AddScoped<DevelopmentPlanQuery>()
            .AddScoped<DevelopmentReminders>().AddScoped<DevelopmentDocuments>().AddScoped<DevelopmentHome>();
}
