using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace QuyHoach.Web.Features.Counting;

/// <summary>REST API of counting from scans: uploads, the board, the committee's decisions, the scan as a tally entry,
/// and the sealed page images (R-DISC-1).</summary>
public static class CountingEndpoints
{
    public static RouteGroupBuilder MapCountingEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var scans = api.MapGroup("").WithTags("Kiểm phiếu bằng máy quét");
        scans.MapPost("/conferences/{id:guid}/scans", async (Guid id, IFormFile? file, ClaimsPrincipal user, ScanUploadHandler h, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return ((Outcome<ScanUploadView>)Refusal.BadInput(ScanUploadHandler.BadFileMessage)).ToHttp();
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct).ConfigureAwait(false);
                var outcome = await h.HandleAsync(PlanningActor.From(user), id, file.FileName, buffer.ToArray(), ct).ConfigureAwait(false);
                return outcome.ToHttp(outcome.Value is { Added: true } ? StatusCodes.Status201Created : StatusCodes.Status200OK);
            })
            .WithName("UploadScan").WithSummary("Tải lên bản quét phiếu (PDF nhiều trang, hoặc ảnh JPEG, PNG, TIFF) trong trường \"file\"")
            .WithMetadata(new RequestSizeLimitAttribute(ScanUploadHandler.MaxBytes + (1024 * 1024)))
            .WithFormOptions(multipartBodyLengthLimit: ScanUploadHandler.MaxBytes);
        scans.MapGet("/conferences/{id:guid}/scans", async (Guid id, ClaimsPrincipal user, ScanBoardQuery h, CancellationToken ct) => (await h.HandleAsync(PlanningActor.From(user), id, ct)).ToHttp())
            .WithName("GetScans").WithSummary("Xem các bản quét, phiếu chờ xem xét và số phiếu đã tính");
        scans.MapPost("/scan-sheets/{id:guid}/decision", async (Guid id, ScanDecisionRequest body, ClaimsPrincipal user, ScanDecisionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("DecideScanSheet").WithSummary("Tổ kiểm phiếu quyết định một phiếu quét (Valid, Invalid hoặc Excluded, kèm lý do)");
        scans.MapPost("/ballots/{id:guid}/scan-tally", async (Guid id, ScanTallyRequest body, ClaimsPrincipal user, ScanTallyHandler h, CancellationToken ct) =>
                (await h.HandleAsync(PlanningActor.From(user), id, body, ct)).ToHttp())
            .WithName("EnterScanTally").WithSummary("Ghi kết quả quét của mình thành một lần nhập biên bản");
        scans.MapGet("/scan-pages/{id:guid}/image", async (Guid id, ClaimsPrincipal user, HttpContext context, ScanImageHandler h, CancellationToken ct) =>
            {
                var outcome = await h.HandleAsync(PlanningActor.From(user), id, ct).ConfigureAwait(false);
                context.Response.Headers.CacheControl = "private, no-store";
                return outcome.Value is { } png ? Results.File(png, "image/png") : outcome.ToHttp();
            })
            .WithName("GetScanPageImage").WithSummary("Ảnh một trang quét (niêm phong cùng kết quả của bước)");
        return api;
    }
}
