using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Exchange;

/// <summary>The exchange API as a client uses it: registry cadres with numbers (through the import), export, compare, apply.</summary>
internal static class ExchangeRequests
{
    /// <summary>Imports men born 15/05/1985 with these codes and numbers (the registry import API).</summary>
    public static async Task AddCadresAsync(HttpClient client, params (string Code, string Name, string? Number)[] cadres)
    {
        var file = new RegistryFiles();
        foreach (var (code, name, number) in cadres)
        {
            file.Cadre(code, name, personalIdNumber: number);
        }

        var response = await SendAsync(client, HttpMethod.Post, "/api/v1/imports", Multipart(file.Build(), "can-bo.xlsx", Import.ImportRequests.Xlsx));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonObject> ExportAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync(new Uri("/api/v1/exchange/records" + query, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static IEnumerable<JsonObject> Records(JsonObject document, string prefix) =>
        document["hoSo"]!.AsArray().Select(r => r!.AsObject()).Where(r => ((string?)r["maCanBo"])?.StartsWith(prefix, StringComparison.Ordinal) == true);

    public static Task<HttpResponseMessage> CompareAsync(HttpClient client, string json) =>
        SendAsync(client, HttpMethod.Post, "/api/v1/exchange/comparisons", Multipart(Encoding.UTF8.GetBytes(json), "trao-doi.json", "application/json"));

    /// <summary>The export's workbook, as the API gives it.</summary>
    public static async Task<byte[]> ExportXlsxAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/api/v1/exchange/records?format=xlsx", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static Task<HttpResponseMessage> CompareXlsxAsync(HttpClient client, byte[] workbook) =>
        SendAsync(client, HttpMethod.Post, "/api/v1/exchange/comparisons", Multipart(workbook, "trao-doi.xlsx", Import.ImportRequests.Xlsx));

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient client, string id, string fingerprint) =>
        SendAsync(client, HttpMethod.Post, $"/api/v1/exchange/comparisons/{id}/apply", JsonContent.Create(new { fingerprint }));

    private static MultipartFormDataContent Multipart(byte[] bytes, string name, string type)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(part, "file", name);
        return content;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        var token = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return await client.SendAsync(request);
    }
}
