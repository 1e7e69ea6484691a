using Microsoft.AspNetCore.Identity;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Features.Account;

/// <summary>Sign-out: a POST with the antiforgery token (never a GET, so a link cannot sign someone out).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/?da-dang-xuat=1");
        })
        .WithName("SignOut")
        .WithSummary("Đăng xuất");
        return app;
    }
}
