using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// A signed-in client of the planning API: JSON in and out, the antiforgery token (read from the sign-out form of the
/// home page, as a page's script would) on every unsafe request, and assertions that print the response body.
/// </summary>
public sealed class PlanningClient(HttpClient http)
{
    private readonly ApiClient _api = new(http);

    public HttpClient Http => http;

    /// <summary>The antiforgery token unsafe requests carry (multipart uploads add it themselves).</summary>
    public Task<string> AntiforgeryTokenAsync() => _api.AntiforgeryTokenAsync();

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string url, object? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        if (method != HttpMethod.Get)
        {
            request.Headers.Add("RequestVerificationToken", await _api.AntiforgeryTokenAsync());
            request.Content = JsonContent.Create(body ?? new { });
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json);
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(string url, object body) => SendAsync(HttpMethod.Put, url, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    /// <summary>Sends and asserts a 2xx answer, returning its JSON.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, object? body = null)
    {
        var (status, json) = await SendAsync(method, url, body);
        Assert.True((int)status is >= 200 and < 300, $"{method} {url} → {(int)status}\n{json}");
        return json;
    }

    /// <summary>Sends and asserts a refusal with <paramref name="expected"/>, returning the Vietnamese detail.</summary>
    public async Task<string> RefusedAsync(HttpStatusCode expected, HttpMethod method, string url, object? body = null)
    {
        var (status, json) = await SendAsync(method, url, body);
        Assert.True(status == expected, $"{method} {url}: expected {(int)expected}, got {(int)status}\n{json}");
        return json.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }
}
