namespace QuyHoach.Web.Features.Plans;

/// <summary>REST API of dossiers, decisions, the plan, appointments and notices under <c>/api/v1</c>.</summary>
public static class PlansEndpoints
{
    public static RouteGroupBuilder MapPlansEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var rounds = api.MapGroup("/rounds").WithTags("Hồ sơ và phê duyệt");
        rounds.MapGet("/{id:guid}/dossiers", async (Guid id, ClaimsPrincipal user, DossierQuery h, CancellationToken ct) => (await h.RoundAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("ListDossiers").WithSummary("Hồ sơ của các cán bộ được đề nghị");
        rounds.MapPost("/{id:guid}/approval", async (Guid id, ApproveRequest body, ClaimsPrincipal user, ApproveHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("ApprovePlan").WithSummary("Ghi nhận quyết định phê duyệt quy hoạch (R-EFF-1)");
        rounds.MapPost("/{id:guid}/removal", async (Guid id, RemovalDecisionRequest body, ClaimsPrincipal user, RemovalDecisionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("RemoveFromPlan").WithSummary("Ghi nhận quyết định đưa ra khỏi quy hoạch sau biểu quyết");

        rounds.MapGet("/{id:guid}/submission.docx", async (Guid id, ClaimsPrincipal user, RoundDocuments h, CancellationToken ct) => File(await h.SubmissionAsync(PlanningActor.From(user), id, ct)))
            .WithName("RoundSubmission").WithSummary("Tờ trình đề nghị phê duyệt quy hoạch (DOCX)");

        var dossiers = api.MapGroup("/dossiers").WithTags("Hồ sơ và phê duyệt");
        dossiers.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, DossierQuery h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetDossier").WithSummary("Xem hồ sơ, thời hạn giấy tờ và thời hạn phê duyệt");
        dossiers.MapPost("/{id:guid}/documents", async (Guid id, int item, string? documentDate, IFormFile? file, ClaimsPrincipal user, DossierCommands h, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return Results.Problem(title: "Dữ liệu không hợp lệ", detail: "Hãy chọn tệp cần tải lên.", statusCode: 400);
                }

                var bytes = await DossierFiles.ReadAsync(file, ct).ConfigureAwait(false);
                return (await h.UploadAsync(PlanningActor.From(user), id, new DossierUpload(item, ParseDate(documentDate), file.FileName, bytes), ct)).ToHttp(StatusCodes.Status201Created);
            })
            .WithName("UploadDossierDocument").WithSummary("Tải lên một thành phần hồ sơ (multipart: file, item, documentDate dd/MM/yyyy)");
        dossiers.MapGet("/{id:guid}/documents/{fileId:guid}", async (Guid id, Guid fileId, ClaimsPrincipal user, DossierFileHandler h, CancellationToken ct) =>
            {
                var outcome = await h.HandleAsync(PlanningActor.From(user), id, fileId, ct).ConfigureAwait(false);
                return outcome.Value is { } f ? Results.File(f.Content, f.ContentType, f.FileName) : outcome.ToHttp();
            })
            .WithName("DownloadDossierDocument").WithSummary("Tải tệp hồ sơ (ghi nhật ký)");
        dossiers.MapPut("/{id:guid}/dates", async (Guid id, DossierDatesRequest body, ClaimsPrincipal user, DossierCommands h, CancellationToken ct) =>
                (await h.SetDatesAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("SetDossierDates").WithSummary("Ngày xem xét và ngày nhận đủ hồ sơ");
        dossiers.MapPut("/{id:guid}/appraisal", async (Guid id, AppraisalRequest body, ClaimsPrincipal user, DossierCommands h, CancellationToken ct) =>
                (await h.AppraiseAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("AppraiseDossier").WithSummary("Kết luận thẩm định tiêu chuẩn chính trị (R-DOS-3)");

        var plan = api.MapGroup("/plan").WithTags("Quy hoạch");
        plan.MapGet("/", async (string? asOf, string? title, string? cadre, ClaimsPrincipal user, PlanQuery h, TimeProvider clock, CancellationToken ct) =>
            {
                var day = string.IsNullOrWhiteSpace(asOf) ? Shell.VietnamTime.Today(clock) : ParseDate(asOf);
                return day is { } d
                    ? (await h.HandleAsync(PlanningActor.From(user), d, title, cadre, ct)).ToHttp()
                    : Results.Problem(title: "Dữ liệu không hợp lệ", detail: "Ngày xem quy hoạch phải có dạng dd/MM/yyyy.", statusCode: 400);
            })
            .WithName("GetPlan").WithSummary("Quy hoạch tại một ngày (asOf dd/MM/yyyy), theo chức danh hoặc cán bộ (mã hoặc họ tên, không cần dấu)");
        plan.MapGet("/planned-list.xlsx", async (string? asOf, ClaimsPrincipal user, RoundDocuments h, TimeProvider clock, CancellationToken ct) =>
                (string.IsNullOrWhiteSpace(asOf) ? Shell.VietnamTime.Today(clock) : ParseDate(asOf)) is { } day
                    ? File(await h.PlannedListAsync(PlanningActor.From(user), day, ct))
                    : Results.Problem(title: "Dữ liệu không hợp lệ", detail: "Ngày phải có dạng dd/MM/yyyy.", statusCode: 400))
            .WithName("PlannedListWorkbook").WithSummary("Danh sách quy hoạch theo chức danh và nhiệm kỳ tại một ngày (XLSX)");
        plan.MapPost("/automatic-removals", async (AutomaticRemovalRequest body, ClaimsPrincipal user, AutomaticRemovalHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("RemoveAutomatically").WithSummary("Quyết định đương nhiên đưa ra khỏi quy hoạch (R-REM-AUTO)");
        plan.MapPost("/appointments", async (AppointRequest body, ClaimsPrincipal user, AppointHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("Appoint").WithSummary("Bổ nhiệm vào chức danh quy hoạch (R-PRI-7, R-PRI-8)");
        plan.MapPost("/appointment-proposals", async (ProposalRequest body, ClaimsPrincipal user, ProposalHandler h, CancellationToken ct) =>
                (await h.OpenAsync(PlanningActor.From(user), body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("OpenProposal").WithSummary("Đề nghị bổ nhiệm, giới thiệu ứng cử (R-PRI-7)");
        plan.MapPost("/appointment-proposals/{id:guid}/close", async (Guid id, CloseProposalRequest body, ClaimsPrincipal user, ProposalHandler h, CancellationToken ct) =>
                (await h.CloseAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("CloseProposal").WithSummary("Kết thúc đề nghị bổ nhiệm, giới thiệu ứng cử (R-PRI-7)");

        var decisions = api.MapGroup("/decisions").WithTags("Quy hoạch");
        decisions.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, DecisionQuery h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetDecision").WithSummary("Xem quyết định và việc thông báo");
        decisions.MapPost("/{id:guid}/notifications", async (Guid id, NotifyRequest body, ClaimsPrincipal user, NotifyHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp(StatusCodes.Status201Created))
            .WithName("NotifyDecision").WithSummary("Ghi nhận thông báo danh sách (R-PUB-2, R-PUB-3)");
        foreach (var (path, document) in (ReadOnlySpan<(string, string)>)[("decision.docx", "decision"), ("summary-list.docx", "summary-docx"), ("summary-list.pdf", "summary-pdf"), ("notice.docx", "notice"), ("higher-level-report.docx", "report")])
        {
            decisions.MapGet("/{id:guid}/" + path, async (Guid id, ClaimsPrincipal user, PlanDocumentsHandler h, CancellationToken ct) =>
                {
                    return File(await h.DecisionAsync(PlanningActor.From(user), id, document, ct).ConfigureAwait(false));
                })
                .WithName("DecisionDocument-" + document).WithSummary("Văn bản của quyết định: " + path);
        }

        api.MapGet("/notices", async (ClaimsPrincipal user, NoticesQuery h, CancellationToken ct) => Results.Ok(await h.HandleAsync(PlanningActor.From(user), ct)))
            .WithTags("Quy hoạch").WithName("MyNotices").WithSummary("Thông báo gửi đến tôi hoặc đơn vị tôi");
        return api;
    }

    private static IResult File(Outcome<Outputs.DocumentFile> outcome) =>
        outcome.Value is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : outcome.ToHttp();

    /// <summary>dd/MM/yyyy as users type it, or ISO yyyy-MM-dd (the registry's reading).</summary>
    public static DateOnly? ParseDate(string? text) => Registry.VietnameseDates.TryParseDate(text, out var d) ? d : null;
}
