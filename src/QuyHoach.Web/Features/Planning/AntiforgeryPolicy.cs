using Microsoft.AspNetCore.Antiforgery;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Chống giả mạo yêu cầu (CSRF), checked in one place: the framework's antiforgery middleware (<c>UseAntiforgery</c>)
/// checks every POST, PUT, PATCH and DELETE of an endpoint that asks for it (a page's form field or the
/// <c>RequestVerificationToken</c> header from <c>GET /api/v1/antiforgery</c>), and <c>StatusPages.UseRefusedFormsAnswer</c>
/// answers a missing or wrong token with the one Vietnamese 400 (a problem body under <c>/api</c>, the error page elsewhere)
/// before the endpoint runs. Pages and form-bound endpoints ask for the check by themselves; JSON endpoints and
/// form posts that bind nothing ask with <see cref="RequireAntiforgeryCheck{TBuilder}"/>. The sign-in cookie is the
/// API's credential too, so no unsafe endpoint goes without it (AntiforgeryCheckTests).
/// </summary>
public static class AntiforgeryPolicy
{
    /// <summary>The endpoints of <paramref name="builder"/> are checked by the antiforgery middleware on unsafe methods.</summary>
    public static TBuilder RequireAntiforgeryCheck<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new RequireAntiforgeryTokenAttribute());
    }
}
