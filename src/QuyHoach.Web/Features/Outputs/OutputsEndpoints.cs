namespace QuyHoach.Web.Features.Outputs;

/// <summary>Văn bản của đợt quy hoạch: downloads, each audited as <c>document.generated</c>, refused as ProblemDetails.</summary>
/// <remarks>
/// Out of scope answers 404 (the round or ballot does not exist for the reader); a reader in scope who may not see the
/// counts of a step (ResultVisibilityPolicy, R-DISC-1) gets 403 for any document carrying them: the minutes of that
/// step, and the summary and proposed list, which carry every step's counts. A document is generated only from
/// computed results (409 before). Documents are generated on request and not stored; the audit event names the file.
/// </remarks>
public static class OutputsEndpoints
{
    public static RouteGroupBuilder MapOutputsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/ballots/{id:guid}/minutes.docx", async (Guid id, ClaimsPrincipal user, PlanningDocumentsHandler h, CancellationToken ct) =>
                ToFile(await h.MinutesAsync(PlanningActor.From(user), id, ct)))
            .WithTags("Văn bản").WithName("DownloadTallyMinutes").WithSummary("Tải biên bản kiểm phiếu (DOCX)");
        api.MapGet("/rounds/{id:guid}/tally-summary.docx", async (Guid id, ClaimsPrincipal user, PlanningDocumentsHandler h, CancellationToken ct) =>
                ToFile(await h.SummaryAsync(PlanningActor.From(user), id, ct)))
            .WithTags("Văn bản").WithName("DownloadTallySummary").WithSummary("Tải bảng tổng hợp kết quả kiểm phiếu các bước (DOCX)");
        api.MapGet("/rounds/{id:guid}/proposed-list.xlsx", async (Guid id, ClaimsPrincipal user, PlanningDocumentsHandler h, CancellationToken ct) =>
                ToFile(await h.ProposedListAsync(PlanningActor.From(user), id, ct)))
            .WithTags("Văn bản").WithName("DownloadProposedList").WithSummary("Tải danh sách đề nghị phê duyệt quy hoạch và đưa ra khỏi quy hoạch (XLSX)");
        api.MapGet("/conferences/{id:guid}/ballots.pdf", async (Guid id, ClaimsPrincipal user, BallotPrintHandler h, CancellationToken ct) =>
                ToFile(await h.HandleAsync(PlanningActor.From(user), id, ct)))
            .WithTags("Văn bản").WithName("DownloadBallotPapers").WithSummary("Tải phiếu in sẵn của hội nghị (PDF, số tờ theo số người có mặt)");
        return api;
    }

    private static IResult ToFile(Outcome<DocumentFile> outcome) =>
        outcome.Value is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : outcome.ToHttp();
}
