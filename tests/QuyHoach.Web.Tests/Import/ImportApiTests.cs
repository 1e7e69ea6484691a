using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Import;

public sealed class ImportApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Post_ValidFile_SummaryAndSecondCallChangesNothing()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var file = new RegistryFiles().Cadre("API-0001", "Trương Thị Mỹ Linh", sex: "Nữ").Build();
        var first = await PostAsync(client, file);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cadresCreated").GetInt32());
        var second = await (await PostAsync(client, file)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("changes").GetInt32());
        Assert.Equal(1, second.GetProperty("cadresUnchanged").GetInt32());
    }

    [Fact]
    public async Task Post_FileWithIssues_422WithEveryIssueAndNothingWritten()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.CadreCountAsync();
        var response = await PostAsync(client, new RegistryFiles().Cadre("API-0002", "", sex: "X").Build());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var columns = problem.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("column").GetString()).ToList();
        Assert.Contains("Họ và tên", columns);
        Assert.Contains("Giới tính", columns);
        Assert.Equal(before, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryHeader_RefusedAndNothingWritten()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.CadreCountAsync();
        var response = await PostAsync(client, new RegistryFiles().Cadre("API-0003", "Lê Văn Tám").Build(), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Post_Inspector_Forbidden()
    {
        var client = await App.SignInAsAsync(AppRoles.Inspector);
        var response = await PostAsync(client, new RegistryFiles().Cadre("API-0004", "Lê Văn Chín").Build());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/imports", UriKind.Relative));
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ImportRequests.Xlsx);
        content.Add(part, "file", "can-bo.xlsx");
        request.Content = content;
        if (withToken)
        {
            var token = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
            request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        }

        return await client.SendAsync(request);
    }
}
