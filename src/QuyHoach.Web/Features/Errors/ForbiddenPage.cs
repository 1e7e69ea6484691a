using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Features.Errors;

/// <summary>
/// Không có quyền: the one refusal a page gives to a role it does not admit. A page answers HTTP 403 at its own
/// address (StatusPages renders this text); the API keeps its problem body (ApiProblems).
/// </summary>
public static class ForbiddenPage
{
    public const string Title = "Không có quyền truy cập";

    public const string Message = "Tài khoản của bạn không có vai trò được phép xem trang này hoặc thực hiện thao tác này. Nếu bạn cần quyền này, hãy liên hệ quản trị hệ thống.";

    /// <summary>Cookie event for a forbidden request: 403 without a body for a page, the API's problem otherwise.</summary>
    public static Task AnswerOrRefuseAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ApiProblems.IsApi(context.Request.Path))
        {
            return ApiProblems.RedirectOrRefuseAsync(context, StatusCodes.Status403Forbidden);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>Marks the response of a page whose handler refused to show it (a 403 refusal on load).</summary>
    public static void MarkIfForbidden(HttpContext? http, int? refusalStatus)
    {
        if (http is not null && refusalStatus == StatusCodes.Status403Forbidden && !http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
