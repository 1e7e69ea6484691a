using Microsoft.AspNetCore.Mvc;

namespace QuyHoach.Web.Features.Counting;

/// <summary>The scan page's upload form post: a file field streams into the same handler as the API, then back to the
/// page (with the outcome's code when refused), so a large scan is never held by a page's form binding.</summary>
public static class CountingForms
{
    public static IEndpointRouteBuilder MapCountingForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/hoi-nghi/{id:guid}/kiem-phieu-quet/tai-len", async (Guid id, IFormFile? file, HttpContext context, ScanUploadHandler h) =>
            {
                var page = ScanPagePaths.Of(id);
                if (file is null || file.Length == 0)
                {
                    return Results.LocalRedirect($"{page}?loi=400{Shell.OutcomeMessage.Fragment}");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                var outcome = await h.HandleAsync(PlanningActor.From(context.User), id, file.FileName, buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
                return outcome.Refusal is { } refused
                    ? Results.LocalRedirect($"{page}?loi={refused.Status}{Shell.OutcomeMessage.Fragment}")
                    : Results.LocalRedirect($"{page}?da-luu=tai-len{Shell.OutcomeMessage.Fragment}");
            })
            .RequireAuthorization()
            .WithName("UploadScanForm").WithSummary("Tải lên bản quét phiếu từ trang kiểm phiếu")
            .WithMetadata(new RequestSizeLimitAttribute(ScanUploadHandler.MaxBytes + (1024 * 1024)))
            .WithFormOptions(multipartBodyLengthLimit: ScanUploadHandler.MaxBytes);
        return app;
    }
}

/// <summary>The scan page's address and the messages of a refused upload.</summary>
public static class ScanPagePaths
{
    public static string Of(Guid conferenceId) => $"/hoi-nghi/{conferenceId}/kiem-phieu-quet";

    /// <summary>The message of a refused upload, by its status code in the address.</summary>
    public static string? UploadRefusal(string? code) => code switch
    {
        "400" => ScanUploadHandler.BadFileMessage,
        "403" => "Chỉ thành viên tổ kiểm phiếu của hội nghị này được tải bản quét.",
        "409" => "Đợt quy hoạch đã kết thúc hoặc bị hủy: không tải thêm bản quét.",
        null or "" => null,
        _ => "Không tải được bản quét lên. Hãy thử lại.",
    };
}
