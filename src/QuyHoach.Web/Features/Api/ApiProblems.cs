using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace QuyHoach.Web.Features.Api;

/// <summary>
/// RFC 7807 answers of the API, in Vietnamese, and the API's own behaviour for the sign-in cookie: 401 and 403
/// instead of redirects to the sign-in and refusal pages, and no HTML status-code page.
/// </summary>
public static class ApiProblems
{
    /// <summary>True for the REST API and its OpenAPI document.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Không tìm thấy", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(title: "Không có quyền", detail: "Vai trò của bạn không được phép thực hiện thao tác này.", statusCode: StatusCodes.Status403Forbidden);

    /// <summary>409: the record changed since the client read it (optimistic concurrency on <c>xmin</c>).</summary>
    public static ProblemHttpResult Stale() =>
        TypedResults.Problem(title: "Xung đột dữ liệu", detail: StaleRecord.Message, statusCode: StatusCodes.Status409Conflict);

    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "Dữ liệu gửi lên chưa hợp lệ; không có gì được thay đổi. Xem từng mục trong \"errors\".", title: "Dữ liệu không hợp lệ");

    /// <summary>Cookie event: an API call answers 401/403 with a problem body; a page keeps the redirect.</summary>
    public static async Task RedirectOrRefuseAsync(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsApi(context.Request.Path))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        var (title, detail) = status == StatusCodes.Status401Unauthorized
            ? ("Chưa đăng nhập", "Hãy đăng nhập (cookie phiên làm việc) trước khi gọi API.")
            : ("Không có quyền", "Vai trò của bạn không được phép thực hiện thao tác này.");
        context.Response.StatusCode = status;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
