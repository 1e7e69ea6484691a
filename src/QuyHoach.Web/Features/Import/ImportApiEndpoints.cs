using Microsoft.AspNetCore.Mvc;
using QuyHoach.Documents.Registry;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// The import for API clients: one call validates and, when the file is clean, applies it (the same validator and
/// applier as the screen). A file with issues answers 422 with every issue; nothing is written.
/// </summary>
public static class ImportApiEndpoints
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/imports").RequireAuthorization(RegistryPolicies.Write).WithTags("Nhập dữ liệu");
        group.MapGet("/template", () => Results.File(ImportEndpoints.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportEndpoints.TemplateFileName))
            .WithName("ApiImportTemplate").WithSummary("Tệp mẫu nhập dữ liệu cán bộ (.xlsx)");
        group.MapPost("/", async (IFormFile? file, HttpContext context, ImportValidator validator, RegistryImportApplier applier) =>
        {
            if (file is null || file.Length == 0)
            {
                return ApiProblems.BadRequest("Thiếu tệp", "Gửi tệp Excel (.xlsx) trong trường \"file\" của biểu mẫu multipart.");
            }

            var (result, access, codes) = await validator.ValidateAsync(file, context.User, context.RequestAborted).ConfigureAwait(false);
            if (result.Refusal is { } refusal)
            {
                return Results.Problem(title: "Tệp bị từ chối", detail: refusal, statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            var issues = result.Issues.Concat(codes?.Problems ?? []).ToList();
            if (issues.Count == 0)
            {
                var outcome = await applier.ApplyAsync(result, access, access.Actor, null, context.RequestAborted, codes).ConfigureAwait(false);
                issues.AddRange(outcome.Problems);
                if (outcome.Summary is { } summary)
                {
                    return Results.Ok(summary);
                }
            }

            return Results.Problem(
                title: "Tệp có lỗi",
                detail: $"Tệp có {issues.Count} lỗi; không có dữ liệu nào được ghi.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["issues"] = issues });
        })
        .RequireAntiforgeryCheck()
        .WithName("ApiImport").WithSummary("Kiểm tra và nhập tệp Excel sổ cán bộ (tất cả hoặc không gì cả)")
        .WithMetadata(new RequestSizeLimitAttribute(ImportLimits.Default.MaxFileBytes + (1024 * 1024)));
        return app;
    }
}
