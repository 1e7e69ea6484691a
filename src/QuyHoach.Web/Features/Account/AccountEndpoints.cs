namespace QuyHoach.Web.Features.Account;

/// <summary>
/// Sign-out: a POST with the antiforgery token (never a GET, so a link cannot sign someone out). It ends every
/// session of the account, not only this browser's (docs/security.md).
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (HttpContext context, SignInManager<AppUser> signIn, UserManager<AppUser> users) =>
        {
            // A new security stamp ends every session of the account, a copied cookie included: the stamp is
            // checked on every request (AuthSetup).
            if (await users.GetUserAsync(context.User).ConfigureAwait(false) is { } user)
            {
                await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
            }

            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/?da-dang-xuat=1");
        })
        // The endpoint binds no form, so it asks for the check (AntiforgeryPolicy).
        .RequireAntiforgeryCheck()
        .WithName("SignOut")
        .WithSummary("Đăng xuất");
        return app;
    }
}
