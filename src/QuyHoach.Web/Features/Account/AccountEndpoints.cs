using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Features.Account;

/// <summary>Sign-out: a POST with the antiforgery token (never a GET, so a link cannot sign someone out).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signIn) =>
        {
            // The endpoint binds no form, so the antiforgery middleware would not reject it on its own.
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Results.Problem(
                    title: "Yêu cầu không hợp lệ",
                    detail: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi thử lại.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/?da-dang-xuat=1");
        })
        .DisableAntiforgery()
        .WithName("SignOut")
        .WithSummary("Đăng xuất");
        return app;
    }
}
