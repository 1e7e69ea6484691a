using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// A browser without script: opens a page, finds one of its forms by the form name Blazor writes into the hidden
/// <c>_handler</c> field, keeps every field as the page rendered it (antiforgery token included), fills some, posts.
/// </summary>
internal static class PageForms
{
    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Posts the form named <paramref name="formName"/>; fields with the same name repeat (checkboxes).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(await FieldsAsync(client, url, formName, fields));
        return await client.PostAsync(new Uri(url, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>What the form named <paramref name="formName"/> would send, as the page rendered it with some fields filled
    /// (to send the same form more than once, as a double click does).</summary>
    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(HttpClient client, string url, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetAsync(client, url);
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form {formName} in:\n{page.DocumentElement.OuterHtml}");
        var filled = fields.ToList();
        var names = filled.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var values = form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio") || i.HasAttribute("checked"))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(form.QuerySelectorAll("select[name]").Select(s => new KeyValuePair<string, string>(
                s.GetAttribute("name")!, (s.QuerySelector("option[selected]") ?? s.QuerySelector("option"))?.GetAttribute("value") ?? "")))
            .Concat(form.QuerySelectorAll("textarea[name]").Select(t => new KeyValuePair<string, string>(t.GetAttribute("name")!, t.TextContent)))
            .Where(v => !names.Contains(v.Key))
            .Concat(filled)
            .ToList();
        return values;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formName, params (string Name, string Value)[] fields) =>
        PostAsync(client, url, formName, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>The page a post answered with, following a redirect, with entities decoded (for text assertions).</summary>
    public static async Task<string> HtmlAsync(HttpClient client, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return System.Net.WebUtility.HtmlDecode(response.Headers.Location is { } location
            ? await client.GetStringAsync(location)
            : await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> TextAsync(HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.RelativeOrAbsolute)));
}
