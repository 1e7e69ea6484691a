namespace QuyHoach.Web.Features.Account;

/// <summary>Where to go after signing in.</summary>
public static class ReturnUrls
{
    /// <summary>Only a path on this site: an open redirect would let a link send users elsewhere after sign-in.</summary>
    public static string Local(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
