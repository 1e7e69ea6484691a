using AngleSharp.Html.Parser;

namespace QuyHoach.Web.Tests.Shell;

/// <summary>Submits a form of a page as a browser would: its hidden fields (antiforgery token, form name) plus the given fields.</summary>
internal static class PageForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formSelector, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var form = AngleSharpForms.HiddenFields(page, formSelector);
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The value of the option whose text is <paramref name="text"/> in the first select of the page.</summary>
    public static async Task<string> OptionValueAsync(HttpClient client, string url, string text)
    {
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var option = new HtmlParser().ParseDocument(page).QuerySelectorAll("select option").FirstOrDefault(o => o.TextContent.Trim() == text)
            ?? throw new InvalidOperationException($"No option \"{text}\" in:\n{page}");
        return option.GetAttribute("value")!;
    }

    /// <summary>A failed assertion shows the page, so the reason is visible in the test output.</summary>
    public static async Task<string> BodyAsync(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.Headers.Location}\n{await response.Content.ReadAsStringAsync()}";
}
