using Microsoft.AspNetCore.Antiforgery;

namespace QuyHoach.Web.Features.Api;

/// <summary>
/// Chống giả mạo yêu cầu (CSRF): the sign-in cookie is the API's credential, so every unsafe call must also carry
/// the antiforgery token (from <c>GET /api/v1/antiforgery</c>) in the <c>RequestVerificationToken</c> header.
/// </summary>
public sealed class AntiforgeryHeaderFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext).ConfigureAwait(false))
        {
            return ApiProblems.BadRequest(
                "Thiếu mã chống giả mạo",
                "Yêu cầu thay đổi dữ liệu phải gửi mã lấy từ GET /api/v1/antiforgery trong tiêu đề RequestVerificationToken.");
        }

        return await next(context).ConfigureAwait(false);
    }
}
