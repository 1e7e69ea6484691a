using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace QuyHoach.Web.Tests.Import;

/// <summary>The import screen as a browser uses it: upload through the form, apply, wait for the result page.</summary>
internal static class ImportRequests
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Uploads <paramref name="file"/> and returns the report page's address and HTML.</summary>
    public static async Task<(Uri Page, string Html)> UploadAsync(HttpClient client, byte[] file, string name = "can-bo.xlsx")
    {
        var token = await TokenAsync(client, "/nhap-du-lieu", "form[enctype]");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        content.Add(part, "file", name);
        var response = await client.PostAsync(new Uri("/nhap-du-lieu", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var page = response.Headers.Location!;
        return (page, await client.GetStringAsync(page));
    }

    /// <summary>
    /// Posts <paramref name="file"/> to the import API (<c>POST /api/v1/imports</c>) as a multipart upload, with the
    /// antiforgery header the API hands out unless <paramref name="withToken"/> is false.
    /// </summary>
    public static async Task<HttpResponseMessage> PostApiAsync(HttpClient client, byte[] file, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/imports", UriKind.Relative));
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        content.Add(part, "file", "can-bo.xlsx");
        request.Content = content;
        if (withToken)
        {
            var token = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
            request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        }

        return await client.SendAsync(request);
    }

    /// <summary>Presses "Áp dụng" on the report page and follows the progress page until it shows the outcome.</summary>
    public static async Task<string> ApplyAsync(HttpClient client, Uri page)
    {
        var html = await client.GetStringAsync(page);
        var form = new HtmlParser().ParseDocument(html).QuerySelector("form[action$='/ap-dung']")
            ?? throw new InvalidOperationException("No apply form:\n" + html);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        var response = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WaitDoneAsync(client, page);
    }

    /// <summary>Follows the progress page until it shows the outcome.</summary>
    public static async Task<string> WaitDoneAsync(HttpClient client, Uri page)
    {
        var html = "";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            html = await client.GetStringAsync(page);
            if (!html.Contains("Đang ghi dữ liệu", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish in 30 s:\n" + html);
    }

    private static async Task<string> TokenAsync(HttpClient client, string url, string formSelector)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return new HtmlParser().ParseDocument(html).QuerySelector(formSelector)?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No upload form:\n" + html);
    }
}
