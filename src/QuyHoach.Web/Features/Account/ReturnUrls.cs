namespace QuyHoach.Web.Features.Account;

/// <summary>Where to go after signing in.</summary>
public static class ReturnUrls
{
    /// <summary>
    /// Only a plain path on this site, else "/": an open redirect would let a link send users elsewhere after
    /// sign-in. Plain means it starts with one "/" (not "//" nor "/\"), and holds only printable ASCII without "\"
    /// and without percent-escapes: "/%E3%80%82/evil.com" decodes to an ideographic full stop that browsers read as
    /// a dot, and once decoded by the redirect it made an address the redirect itself refused with a 500 (docs/security.md).
    /// The app's own links carry no escapes in their path; a query string may ("?q=Nguy%E1%BB%85n").
    /// </summary>
    public static string Local(string? url)
    {
        if (url is not { Length: > 0 and <= 2048 } || url[0] != '/' || (url.Length > 1 && (url[1] == '/' || url[1] == '\\')))
        {
            return "/";
        }

        var query = url.IndexOfAny(['?', '#']);
        var path = query < 0 ? url : url[..query];
        return path.Contains('%', StringComparison.Ordinal) || url.Any(c => c is < '!' or > '~' || c == '\\') ? "/" : url;
    }
}
