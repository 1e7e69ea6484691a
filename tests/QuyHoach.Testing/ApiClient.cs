using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace QuyHoach.Testing;

/// <summary>
/// A signed-in client of the REST API for test set-up: JSON in and out, the antiforgery token (read from the home
/// page's sign-out form, as a page's script would) on unsafe requests, and an exception with the body on any non-2xx.
/// </summary>
public sealed class ApiClient(HttpClient http)
{
    private string? _token;

    public async Task<JsonElement> SendAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (method != HttpMethod.Get)
        {
            request.Headers.Add("RequestVerificationToken", await AntiforgeryTokenAsync().ConfigureAwait(false));
            request.Content = JsonContent.Create(body ?? new { });
        }

        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {url} → {(int)response.StatusCode}\n{text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The antiforgery token of this client's session, read once.</summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        if (_token is null)
        {
            var page = await http.GetStringAsync(new Uri("/", UriKind.Relative)).ConfigureAwait(false);
            var input = new HtmlParser().ParseDocument(page).QuerySelector("input[name=__RequestVerificationToken]")
                ?? throw new InvalidOperationException("No antiforgery token on the home page:\n" + page);
            _token = input.GetAttribute("value")!;
        }

        return _token;
    }
}
