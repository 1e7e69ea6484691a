using Microsoft.AspNetCore.Mvc;
using QuyHoach.Documents.Registry;
using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Import;

/// <summary>The import screen's form posts (upload, apply) and the template download.</summary>
public static class ImportEndpoints
{
    public const string TemplateFileName = "mau-nhap-du-lieu-can-bo.xlsx";

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/nhap-du-lieu").RequireAuthorization(RegistryPolicies.Write);
        group.MapGet("/mau", () => Results.File(Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TemplateFileName))
            .WithName("ImportTemplate").WithSummary("Tải tệp mẫu nhập dữ liệu cán bộ");

        group.MapPost("/", async (IFormFile? file, HttpContext context, ImportValidator validator, ImportSessions sessions) =>
        {
            if (file is null || file.Length == 0)
            {
                return Results.LocalRedirect("/nhap-du-lieu?loi=chua-chon-tep");
            }

            if (file.Length > ImportLimits.Default.MaxFileBytes)
            {
                return Results.LocalRedirect("/nhap-du-lieu?loi=tep-qua-lon");
            }

            var upload = await validator.ValidateAsync(file, context.User, context.RequestAborted).ConfigureAwait(false);
            var id = await sessions.AddAsync(upload.Access.UserId ?? Guid.Empty, Path.GetFileName(file.FileName), upload.File, upload.DatabaseProblems, context.RequestAborted).ConfigureAwait(false);
            return Results.LocalRedirect($"/nhap-du-lieu/{id}");
        })
        .WithName("ImportUpload").WithSummary("Tải lên và kiểm tra tệp Excel")
        .WithMetadata(new RequestSizeLimitAttribute(ImportLimits.Default.MaxFileBytes + (1024 * 1024)));

        group.MapPost("/{id:guid}/ap-dung", async (Guid id, HttpContext context, AccessResolver resolver, ImportSessions sessions, ImportRunner runner) =>
        {
            var access = await resolver.ForAsync(context.User, context.RequestAborted).ConfigureAwait(false);
            var owner = access.UserId ?? Guid.Empty;
            if (await sessions.FindAsync(id, owner, context.RequestAborted).ConfigureAwait(false) is null)
            {
                return Results.NotFound();
            }

            // A second submit (or one on another instance) finds the upload claimed and just shows its progress.
            await runner.StartAsync(id, owner, context.User, context.RequestAborted).ConfigureAwait(false);
            return Results.LocalRedirect($"/nhap-du-lieu/{id}");
        })
        .RequireAntiforgeryCheck()
        .WithName("ImportApply").WithSummary("Áp dụng tệp đã kiểm tra");
        return app;
    }

    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        RegistryTemplate.Write(stream);
        return stream.ToArray();
    }
}
