using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;

namespace QuyHoach.Web.Tests.Admin;

/// <summary>The administrator's rule-set pages as a browser without script uses them: upload a file, activate.</summary>
internal static class RuleSetPages
{
    public const string ListUrl = "/quan-tri/bo-quy-tac";

    /// <summary>Posts <paramref name="json"/> as the upload form's file; the answer is a redirect to the version page, or
    /// the list page with the errors.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string json, string fileName = "bo-quy-tac.json")
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in await HiddenFieldsAsync(client, ListUrl, "tai-len-bo-quy-tac"))
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "tep", fileName);
        return await client.PostAsync(new Uri(ListUrl, UriKind.Relative), content);
    }

    /// <summary>Uploads and returns the version page's address, failing with the page when it was refused.</summary>
    public static async Task<string> UploadedAsync(HttpClient client, string json)
    {
        using var response = await UploadAsync(client, json);
        var location = response.Headers.Location?.OriginalString;
        Assert.True(location is not null && location.Contains("/quan-tri/bo-quy-tac/", StringComparison.Ordinal), $"{(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return new Uri(location, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : location;
    }

    /// <summary>Posts the activation form <paramref name="times"/> times as one page rendered it (a double submit).</summary>
    public static async Task ActivateAsync(HttpClient client, string versionUrl, int times = 1)
    {
        var fields = await HiddenFieldsAsync(client, versionUrl, "ap-dung-bo-quy-tac");
        for (var i = 0; i < times; i++)
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(new Uri(versionUrl, UriKind.Relative), content);
            Assert.True(response.StatusCode is System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.OK, $"{(int)response.StatusCode}");
        }
    }

    public static async Task<string> TextAsync(HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    private static async Task<List<KeyValuePair<string, string>>> HiddenFieldsAsync(HttpClient client, string url, string formName)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form {formName} in:\n{page.DocumentElement.OuterHtml}");
        return [.. form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))];
    }
}
