using Microsoft.AspNetCore.Mvc;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>The exchange screen's download and its form posts (upload, confirm).</summary>
public static class ExchangeEndpoints
{
    public static IEndpointRouteBuilder MapExchangeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/trao-doi").RequireAuthorization(RegistryPolicies.Write);
        group.MapGet("/xuat", async (
            [FromQuery(Name = "don-vi")] string? unit, [FromQuery(Name = "tu-ngay")] string? day, [FromQuery(Name = "tu-gio")] string? time,
            [FromQuery(Name = "dinh-dang")] string? format, HttpContext context, AccessResolver resolver, ExchangeExport export, TimeProvider clock) =>
        {
            var (since, error) = ExchangeQuery.Since(day, time);
            Guid? unitId = Guid.TryParse(unit, out var parsed) ? parsed : null;
            if (error is not null || (!string.IsNullOrEmpty(unit) && unitId is null))
            {
                return Results.LocalRedirect("/trao-doi?loi=thoi-diem");
            }

            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var xlsx = format == "xlsx";
            var document = await export.ExportAsync(access, unitId, since, xlsx ? "xlsx" : "json", context.RequestAborted).ConfigureAwait(false);
            if (document is null)
            {
                return Results.LocalRedirect("/trao-doi");
            }

            var name = $"ho-so-trao-doi-{VietnamTime.Today(clock):yyyyMMdd}";
            return xlsx
                ? Results.File(ExchangeExport.Xlsx(document), ExchangeExport.XlsxType, name + ".xlsx")
                : Results.File(ExchangeExport.Json(document), "application/json", name + ".json");
        })
        .WithName("ExchangeExport").WithSummary("Xuất hồ sơ trao đổi với cơ sở dữ liệu quốc gia");

        group.MapPost("/", async (IFormFile? file, HttpContext context, AccessResolver resolver, ExchangeUploads uploads) =>
        {
            if (file is null || file.Length == 0 || file.Length > ExchangeJson.MaxBytes)
            {
                return Results.LocalRedirect("/trao-doi?loi=" + (file is null || file.Length == 0 ? "chua-chon-tep" : "tep-qua-lon"));
            }

            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var (id, _) = await uploads.AddAsync(access.UserId ?? Guid.Empty, Path.GetFileName(file.FileName), await ReadAsync(file, context.RequestAborted).ConfigureAwait(false), context.RequestAborted).ConfigureAwait(false);
            return Results.LocalRedirect($"/trao-doi/{id}");
        })
        .WithName("ExchangeUpload").WithSummary("Tải lên tệp trao đổi và đối chiếu")
        .WithMetadata(new RequestSizeLimitAttribute(ExchangeJson.MaxBytes + (1024 * 1024)));

        group.MapPost("/{id:guid}/ap-dung", async (Guid id, [FromForm(Name = "dau-van")] string? fingerprint, HttpContext context, AccessResolver resolver, ExchangeApplier applier) =>
        {
            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var (result, _) = await applier.ApplyAsync(access, id, fingerprint, context.RequestAborted).ConfigureAwait(false);
            return result switch
            {
                ExchangeApplyResult.NotFound => Results.NotFound(),
                ExchangeApplyResult.Stale => Results.LocalRedirect($"/trao-doi/{id}?loi=da-thay-doi"),
                ExchangeApplyResult.Applied or ExchangeApplyResult.AlreadyApplied => Results.LocalRedirect($"/trao-doi/{id}"),
            };
        })
        .RequireAntiforgeryCheck()
        .WithName("ExchangeApply").WithSummary("Xác nhận và cập nhật hồ sơ theo tệp trao đổi");
        return app;
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
