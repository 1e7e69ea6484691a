namespace QuyHoach.Web.Components.Layout;

/// <summary>
/// The print stamp (issue 19): a print-only stylesheet whose page margins carry, on every printed page, the print
/// date (dd/MM/yyyy, Vietnam time), the name of the account that printed, the confidentiality notice and the page
/// number. CSS margin boxes take only text written in a stylesheet, and the content policy forbids inline styles,
/// so the text comes from this endpoint; its address names the day and the account, so a browser may keep it.
/// </summary>
public static class PrintStampEndpoint
{
    public const string Path = "/in/dau-trang.css";

    public const string ConfidentialityNotice = "Dữ liệu nhân sự mật: chỉ sử dụng đúng thẩm quyền.";

    /// <summary>The stylesheet's address for the signed-in user today (the layout links it for print).</summary>
    public static string Address(ClaimsPrincipal user, TimeProvider clock) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}?ngay={VietnamTime.Today(clock):yyyyMMdd}&tk={user?.FindFirst(ClaimTypes.NameIdentifier)?.Value}");

    public static IEndpointRouteBuilder MapPrintStamp(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, TimeProvider clock) =>
        {
            var printed = VietnamTime.Today(clock).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var name = http.User.FindFirst(UserClaims.FullName)?.Value ?? "";
            http.Response.Headers.CacheControl = "private, max-age=86400";
            var css = "@page { margin: 18mm 15mm 16mm;\n"
                + $"  @top-left {{ content: \"{Text("In ngày " + printed + " · Người in: " + name)}\"; font-size: 9pt; }}\n"
                + $"  @bottom-left {{ content: \"{Text(ConfidentialityNotice)}\"; font-size: 9pt; }}\n"
                + "  @bottom-right { content: \"Trang \" counter(page) \"/\" counter(pages); font-size: 9pt; }\n}\n";
            return Results.Text(css, "text/css; charset=utf-8");
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    /// <summary>A CSS string's content: backslashes and quotes escaped, line breaks and other controls dropped.</summary>
    private static string Text(string value) =>
        string.Concat(value.Where(c => !char.IsControl(c)).Select(c => c is '"' or '\\' ? "\\" + c : c.ToString()));
}
