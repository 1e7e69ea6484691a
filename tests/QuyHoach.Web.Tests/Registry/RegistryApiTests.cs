using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>The /api/v1 endpoints: happy paths, ProblemDetails in Vietnamese, CSRF, OpenAPI.</summary>
public sealed class RegistryApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Create_Valid_201WithLocationAndProfile()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "API-0001"));
        body["birth"] = "1990-08";
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await RegistryRequests.BodyOf(response));
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/cadres/{profile.GetProperty("id")}", response.Headers.Location!.OriginalString);
        Assert.Equal("08/1990", profile.GetProperty("birth").GetString());
        Assert.Equal("Chuyên viên", profile.GetProperty("currentTitle").GetString());
        Assert.True(profile.GetProperty("screening").GetProperty("verdicts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Create_Invalid_ValidationProblemPerFieldAndNothingSaved()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var count = await App.CadreCountAsync();
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", new { code = "", sex = "x", birth = "hôm qua" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dữ liệu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains("không có gì được thay đổi", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Hãy nhập mã cán bộ.", problem.GetProperty("errors").GetProperty("code")[0].GetString());
        foreach (var key in (string[])["fullName", "sex", "birth", "organisationId", "titleId", "titleSince"])
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(key, out _), problem.ToString());
        }

        Assert.Equal(count, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Create_DuplicateCode_FieldError()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "SCT-0002")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mã cán bộ đã được dùng", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutAntiforgeryHeader_RefusedAndNothingSaved()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var count = await App.CadreCountAsync();
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "CSRF-0001")), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Thiếu mã chống giả mạo", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
        Assert.Equal(count, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Create_MalformedJson_VietnameseProblem()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var token = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cadres", UriKind.Relative))
        {
            Content = new StringContent("{\"code\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var response = await staff.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đối tượng JSON", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_InvalidThenValid_OnlyTheValidOneChanges()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "API-0002"));
        var created = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await App.CadreSnapshotAsync(id);
        var bad = new Dictionary<string, string>(body) { ["fullName"] = "Nguyễn Văn 2", ["ethnicity"] = new string('x', 60) };
        var refused = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{id}", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await App.CadreSnapshotAsync(id));

        body["fullName"] = "Trần Thị Ánh Hồng";
        var saved = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{id}", body);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await RegistryRequests.BodyOf(saved));
        Assert.Equal("Trần Thị Ánh Hồng", (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fullName").GetString());
        var missing = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{Guid.NewGuid()}", body);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TitlesOrganisationsBodies_InScope()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var titles = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/titles", UriKind.Relative));
        var director = titles.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "SCT-GD");
        Assert.Equal(40, director.GetProperty("rank").GetInt32());
        Assert.Equal(120, director.GetProperty("sourceGroups")[1].GetProperty("minimumMonths").GetInt32());
        Assert.Equal("Cao cấp", director.GetProperty("standards").GetProperty("politicalTheory").GetString());

        var tree = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/organisations", UriKind.Relative));
        Assert.Equal(9, tree.GetArrayLength());
        Assert.DoesNotContain(tree.EnumerateArray(), o => o.GetProperty("code").GetString() == "NDI");
        var bgd = tree[0].GetProperty("bodies").EnumerateArray().Single(b => b.GetProperty("code").GetString() == "NDI-SCT-BGD");
        var body = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/bodies/{bgd.GetProperty("id")}", UriKind.Relative));
        Assert.Equal(4, body.GetProperty("members").GetArrayLength());
        Assert.True(body.GetProperty("members")[0].GetProperty("isHead").GetBoolean());

        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var province = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/organisations", UriKind.Relative));
        var btv = province[0].GetProperty("bodies").EnumerateArray().Single(b => b.GetProperty("code").GetString() == "NDI-BTV");
        var hidden = await staff.GetAsync(new Uri($"/api/v1/bodies/{btv.GetProperty("id")}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Anonymous_401ProblemNotARedirect()
    {
        var anonymous = App.CreateAnonymousClient();
        foreach (var path in (string[])["/api/v1/cadres", "/api/v1/titles", "/api/v1/organisations", "/openapi/v1.json"])
        {
            var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("Chưa đăng nhập", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
        }

        var post = await anonymous.PostAsJsonAsync(new Uri("/api/v1/cadres", UriKind.Relative), new { code = "X" });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task OpenApi_EveryRouteNamedWithVietnameseSummary()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var document = await staff.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = document.GetProperty("paths");
        foreach (var path in (string[])["/api/v1/cadres", "/api/v1/cadres/{id}", "/api/v1/titles", "/api/v1/organisations", "/api/v1/bodies/{id}", "/api/v1/antiforgery"])
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.All(item.EnumerateObject(), op => Assert.False(string.IsNullOrEmpty(op.Value.GetProperty("operationId").GetString())));
        }

        Assert.Equal("Thêm cán bộ", paths.GetProperty("/api/v1/cadres").GetProperty("post").GetProperty("summary").GetString());
    }
}
