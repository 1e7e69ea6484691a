using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// A client that keeps its cookies in plain sight (a "Cookie" header it builds itself), so a test can copy a
/// session cookie and replay it from elsewhere, as an attacker who stole it would.
/// </summary>
internal sealed class RawSession(QuyHoachAppFactory app) : IDisposable
{
    private readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public Dictionary<string, string> Cookies { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>A session that starts with <paramref name="cookies"/> (copied from another one).</summary>
    public RawSession WithCookies(IReadOnlyDictionary<string, string> cookies)
    {
        Cookies = new Dictionary<string, string>(cookies, StringComparer.Ordinal);
        return this;
    }

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        return await SendAsync(request);
    }

    /// <summary>Posts the form <paramref name="selector"/> of <paramref name="url"/> with its hidden fields plus <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string selector, params (string Name, string Value)[] fields)
    {
        var page = await (await GetAsync(url)).Content.ReadAsStringAsync();
        var form = new HtmlParser().ParseDocument(page).QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} in:\n{page}");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : url;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative)) { Content = new FormUrlEncodedContent(values) };
        return await SendAsync(request);
    }

    /// <summary>Signs in through the form (and the code step with the demo key when asked).</summary>
    public async Task SignInAsync(string userName, string password)
    {
        var response = await SubmitAsync("/dang-nhap", "form", ("Input.UserName", userName), ("Input.Password", password));
        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.Contains(QuyHoachAppFactory.TwoFactorStepPath, StringComparison.Ordinal))
        {
            response = await SubmitAsync(QuyHoachAppFactory.TwoFactorStepPath, "#form-ma-xac-thuc",
                ("Code", Totp.Code(QuyHoachAppFactory.DemoAuthenticatorKey, DateTimeOffset.UtcNow)));
        }

        if (response.StatusCode != HttpStatusCode.Redirect || !Cookies.ContainsKey("qh.auth"))
        {
            throw new InvalidOperationException($"Could not sign in {userName}: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await _client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Cookies.Remove(name);
            }
            else
            {
                Cookies[name] = value;
            }
        }

        return response;
    }
}

/// <summary>Reads the app's database directly, as someone with a dump of it would.</summary>
internal static class Sql
{
    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }

        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>The outcomes of an account's sign-in attempts in the order the server decided them.</summary>
    public static async Task<List<string>> SignInOutcomesAsync(string connectionString, string userName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT after->>'outcome' FROM audit_events WHERE action IN ('signin.succeeded', 'signin.failed') AND actor_name = @p ORDER BY id", connection);
        command.Parameters.AddWithValue("p", userName);
        await using var reader = await command.ExecuteReaderAsync();
        var outcomes = new List<string>();
        while (await reader.ReadAsync())
        {
            outcomes.Add(reader.GetString(0));
        }

        return outcomes;
    }
}
