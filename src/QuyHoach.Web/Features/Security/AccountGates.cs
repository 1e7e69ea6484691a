using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using QuyHoach.Web.Features.Account;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Features.Security;

/// <summary>
/// What a signed-in account must do before anything else (docs/security.md): an administrator or a leader without
/// two-factor sign-in sets it up (<see cref="TwoFactorPolicy"/>), an account with a temporary password chooses its
/// own. Until then every page sends to that one page and the API answers 403; the sign-in steps, sign-out, the error
/// pages and static files stay open.
/// </summary>
public static class AccountGates
{
    public const string TwoFactorSetupPath = "/tai-khoan/xac-thuc-hai-lop";
    public const string ChangePasswordPath = "/tai-khoan/doi-mat-khau";
    public const string SignOutPath = "/dang-xuat";

    /// <summary>The one page the account may open now, or null when nothing is pending.</summary>
    public static string? Pending(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (user.HasClaim(c => c.Type == UserClaims.MustChangePassword))
        {
            return ChangePasswordPath;
        }

        return TwoFactorPolicy.Allowed(user) && !user.HasClaim(c => c.Type == UserClaims.TwoFactor) ? TwoFactorSetupPath : null;
    }

    public static IApplicationBuilder UseAccountGates(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var pending = Pending(context.User);
        if (pending is null || Open(context, pending))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (ApiProblems.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(
                title: "Chưa hoàn tất thiết lập tài khoản",
                detail: pending == ChangePasswordPath
                    ? "Tài khoản đang dùng mật khẩu tạm thời: hãy đổi mật khẩu trước khi dùng hệ thống."
                    : "Vai trò của bạn bắt buộc xác thực hai lớp: hãy bật xác thực hai lớp trước khi dùng hệ thống.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.Redirect(pending);
    });

    /// <summary>Pages a pending account still needs: the sign-in steps, sign-out and the error pages.</summary>
    private static readonly string[] AlwaysOpen = ["/dang-nhap", SignOutPath, "/loi", "/khong-tim-thay", "/khong-co-quyen"];

    private static bool Open(HttpContext context, string pending)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(pending, StringComparison.OrdinalIgnoreCase)
            || AlwaysOpen.Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Closed: every page (the dashboard too, which also serves the signed-out), the API, and whatever needs a
        // signed-in user. Open: static files and endpoints marked anonymous. Routing ran before this middleware.
        var endpoint = context.GetEndpoint();
        if (ApiProblems.IsApi(path) || endpoint is null)
        {
            return false;
        }

        var metadata = endpoint.Metadata;
        return metadata.GetMetadata<ComponentTypeMetadata>() is null
            && (metadata.GetMetadata<IAllowAnonymous>() is not null
                || (metadata.GetMetadata<IAuthorizeData>() is null && metadata.GetMetadata<AuthorizationPolicy>() is null));
    }
}
