using System.Text.Encodings.Web;

namespace QuyHoach.Web.Features.Api;

/// <summary>The REST API's services: JSON that writes Vietnamese letters as themselves, and the OpenAPI document.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddRegistryApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "QuyHoach API";
            document.Info.Description = "API của hệ thống quản lý quy hoạch cán bộ. Xác thực bằng cookie đăng nhập; "
                + "các yêu cầu POST/PUT phải gửi mã chống giả mạo (GET /api/v1/antiforgery) trong tiêu đề RequestVerificationToken.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapQuyHoachApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().RequireAuthorization();
        app.MapRegistryEndpoints();
        return app;
    }
}
