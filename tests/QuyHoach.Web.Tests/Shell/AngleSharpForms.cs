using AngleSharp.Html.Parser;

namespace QuyHoach.Web.Tests.Shell;

/// <summary>Reads a form's hidden fields (antiforgery token, handler name) from a page, as a browser would post them.</summary>
internal static class AngleSharpForms
{
    public static List<KeyValuePair<string, string>> HiddenFields(string html, string formSelector)
    {
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector)
            ?? throw new InvalidOperationException($"No {formSelector} in:\n{html}");
        return form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
    }
}
