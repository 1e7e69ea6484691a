using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): API errors came back as the HTML page (or an empty body). Every <c>/api/v1</c> error, the framework's
/// own included (no such route, wrong method, body not JSON, wrong content type, an exception), is now
/// application/problem+json with a Vietnamese title and detail.
/// </summary>
public sealed class ApiProblemDetailsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Unauthenticated_401Problem()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri("/api/v1/cadres", UriKind.Relative));
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RoleWithoutRegistryRead_403Problem()
    {
        var counter = await App.SignInAsAsync(AppRoles.Counter);
        await AssertProblemAsync(await counter.GetAsync(new Uri("/api/v1/cadres", UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/v1/khong-co-dia-chi-nay")]
    [InlineData("/api/v1/cadres/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/cadres/khong-phai-guid")]
    [InlineData("/api/v2/cadres")]
    public async Task Missing_404Problem(string url)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await AssertProblemAsync(await staff.GetAsync(new Uri(url, UriKind.Relative)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethod_405Problem()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = await App.CadreIdAsync("SCT-0002");
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/v1/cadres/{id}", UriKind.Relative));
        await AssertProblemAsync(await staff.SendAsync(request), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task MalformedJsonToAFrameworkBoundBody_400Problem()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await SendAsync(staff, "/api/v1/rounds", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var detail = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongContentType_415Problem()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await SendAsync(staff, "/api/v1/rounds", new StringContent("name=x", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task FileThatIsNotAWorkbook_422Problem()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        using var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3, 4]), "file", "hong.xlsx" } };
        await AssertProblemAsync(await SendAsync(staff, "/api/v1/imports", content), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task PageErrors_StayHtml()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await staff.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, HttpContent content)
    {
        var token = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return await client.SendAsync(request);
    }

    /// <summary>The status, the problem content type, and a title and detail in Vietnamese; returns the detail.</summary>
    internal static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}\n{body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{response.Content.Headers.ContentType}\n{body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var title = problem.GetProperty("title").GetString() ?? "";
        var detail = problem.GetProperty("detail").GetString() ?? "";
        Assert.True(IsVietnamese(title) && IsVietnamese(detail), body);
        return detail;
    }

    /// <summary>Vietnamese text here: it has letters with diacritics (the framework's English defaults have none).</summary>
    private static bool IsVietnamese(string text) => text.Any(c => c > '\u007F' && char.IsLetter(c));
}

/// <summary>An unhandled exception under /api/v1 is a 500 problem in Vietnamese, not the HTML error page. This class's
/// own database loses a table, so a query throws.</summary>
public sealed class ApiUnhandledErrorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task QueryThrows_500ProblemWithTraceId()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        await using (var connection = new NpgsqlConnection(fixture.App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("ALTER TABLE titles RENAME TO titles_gone", connection);
            await command.ExecuteNonQueryAsync();
        }

        var response = await staff.GetAsync(new Uri("/api/v1/titles", UriKind.Relative));
        var detail = await ApiProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("quản trị hệ thống", detail, StringComparison.Ordinal);
        Assert.Contains("traceId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
