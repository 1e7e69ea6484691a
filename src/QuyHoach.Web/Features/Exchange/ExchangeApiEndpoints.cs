using Microsoft.AspNetCore.Mvc;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// The exchange for API clients (docs/exchange.md): the export (all, or changed since a moment), the comparison of a
/// file (nothing written; its differences and fingerprint) and the confirmation that writes them.
/// </summary>
public static class ExchangeApiEndpoints
{
    public static IEndpointRouteBuilder MapExchangeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/exchange").RequireAuthorization(RegistryPolicies.Write).WithTags("Trao đổi với cơ sở dữ liệu quốc gia");
        group.MapGet("/records", async (Guid? organisationId, DateTimeOffset? changedSince, string? format, HttpContext context, AccessResolver resolver, ExchangeExport export) =>
        {
            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
            var document = await export.ExportAsync(access, organisationId, changedSince, xlsx ? "xlsx" : "json", context.RequestAborted).ConfigureAwait(false);
            if (document is null)
            {
                return ApiProblems.NotFound("Không có đơn vị này trong phạm vi của bạn.");
            }

            return xlsx
                ? Results.File(ExchangeExport.Xlsx(document), ExchangeExport.XlsxType, "ho-so-trao-doi.xlsx")
                : Results.File(ExchangeExport.Json(document), "application/json", "ho-so-trao-doi.json");
        })
        .WithName("ApiExchangeExport").WithSummary("Xuất hồ sơ trao đổi (tất cả, hoặc thay đổi sau một thời điểm)");

        group.MapPost("/comparisons", async (IFormFile? file, HttpContext context, AccessResolver resolver, ExchangeUploads uploads, QuyHoachDbContext db) =>
        {
            if (file is null || file.Length == 0 || file.Length > ExchangeJson.MaxBytes)
            {
                return ApiProblems.BadRequest("Thiếu tệp", "Gửi tệp trao đổi (JSON hoặc Excel .xlsx, tối đa 20 MB) trong trường \"file\" của biểu mẫu multipart.");
            }

            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var content = await ExchangeEndpoints.ReadAsync(file, context.RequestAborted).ConfigureAwait(false);
            var (id, problems) = await uploads.AddAsync(access.UserId ?? Guid.Empty, Path.GetFileName(file.FileName), content, context.RequestAborted).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                return Results.Problem(title: "Tệp bị từ chối", detail: $"Tệp có {problems.Count} lỗi; không có gì được ghi. {problems[0]}",
                    statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?> { ["problems"] = problems });
            }

            var upload = await uploads.FindAsync(id, access.UserId ?? Guid.Empty, context.RequestAborted).ConfigureAwait(false);
            var comparison = await ExchangeComparison.CompareAsync(db, access, upload!.Records, context.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { id, comparison.Fingerprint, comparison.Changed, comparison.Unchanged, comparison.Unmatched });
        })
        .RequireAntiforgeryCheck()
        .WithName("ApiExchangeCompare").WithSummary("Đối chiếu tệp trao đổi với sổ cán bộ (không ghi gì)")
        .WithMetadata(new RequestSizeLimitAttribute(ExchangeJson.MaxBytes + (1024 * 1024)));

        group.MapPost("/comparisons/{id:guid}/apply", async (Guid id, [FromBody] ExchangeConfirmation confirmation, HttpContext context, AccessResolver resolver, ExchangeApplier applier) =>
        {
            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var (result, outcome) = await applier.ApplyAsync(access, id, confirmation?.Fingerprint, context.RequestAborted).ConfigureAwait(false);
            return result switch
            {
                ExchangeApplyResult.NotFound => ApiProblems.NotFound("Không có lần đối chiếu này (đã quá hạn, bị từ chối hoặc của tài khoản khác)."),
                ExchangeApplyResult.Stale => Results.Problem(title: "Xung đột dữ liệu",
                    detail: "Sổ cán bộ đã thay đổi từ lúc đối chiếu: không có gì được ghi. Hãy đối chiếu lại và xác nhận báo cáo mới.",
                    statusCode: StatusCodes.Status409Conflict),
                ExchangeApplyResult.Applied or ExchangeApplyResult.AlreadyApplied => Results.Ok(new { applied = result == ExchangeApplyResult.Applied, outcome }),
            };
        })
        .RequireAntiforgeryCheck()
        .WithName("ApiExchangeApply").WithSummary("Xác nhận đối chiếu: ghi các khác biệt đã xem");
        return app;
    }
}

/// <summary>The confirmation of a comparison: the fingerprint of the differences the client saw.</summary>
public sealed record ExchangeConfirmation(string? Fingerprint);
