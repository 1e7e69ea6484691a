using System.Security.Claims;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>Văn bản của đợt quy hoạch: downloads, each audited as <c>document.generated</c>, refused as ProblemDetails.</summary>
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
        return api;
    }

    private static IResult ToFile(Outcome<DocumentFile> outcome) =>
        outcome.Value is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : outcome.ToHttp();
}
