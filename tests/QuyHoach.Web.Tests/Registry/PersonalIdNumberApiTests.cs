using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// Số định danh cá nhân on a cadre's record (R-PIN-1, R-PIN-2): checked against the cadre's sex and birth year, one
/// record per number (also when two saves race), found by typing it, and the records without one listed for completion.
/// The test cadre is a woman born 15/08/1990: century-and-sex digit 1, year digits 90.
/// </summary>
public sealed class PersonalIdNumberApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Theory]
    [InlineData("036090012345", "chữ số thứ tư là 0 nhưng nữ sinh năm 1990 phải là 1")]
    [InlineData("036189012345", "chữ số thứ năm và sáu là 89 nhưng năm sinh là 1990")]
    [InlineData("003190012345", "không phải mã tỉnh, thành phố nơi đăng ký khai sinh")]
    [InlineData("03619001234", "phải gồm đúng 12 chữ số")]
    public async Task Create_WrongNumber_RefusedOnTheField_NothingSaved(string number, string expected)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var count = await App.CadreCountAsync();
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "PIN-SAI"));
        body["personalIdNumber"] = number;

        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("personalIdNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(count, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Create_RightNumber_Saved_FoundByNumber_SecondRecordRefused_AndNotListedAsMissing()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "PIN-0001"));
        body["personalIdNumber"] = " 036 190 012 345 ";

        var created = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await RegistryRequests.BodyOf(created));
        Assert.Equal("036190012345", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personalIdNumber").GetString());

        var found = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres?q=036190012345", UriKind.Relative));
        Assert.Equal(["PIN-0001"], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));

        var again = new Dictionary<string, string>(body) { ["code"] = "PIN-0002" };
        var refused = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", again);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Số định danh cá nhân này đã có trong hồ sơ một cán bộ khác.", await RegistryRequests.BodyOf(refused), StringComparison.Ordinal);

        var without = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "PIN-0003"));
        Assert.Equal(HttpStatusCode.Created, (await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", without)).StatusCode);
        var missing = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres?q=PIN-&missingPersonalIdNumber=1", UriKind.Relative));
        Assert.Equal(["PIN-0003"], missing.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task TwoRecordsWithOneNumber_SavedAtOnce_OneSaved_OtherRefusedOnTheField()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var first = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "PIN-CUNG-1"));
        first["personalIdNumber"] = "036190054321";
        var second = new Dictionary<string, string>(first) { ["code"] = "PIN-CUNG-2" };

        var answers = await Task.WhenAll(
            RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", first),
            RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", second));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.BadRequest], answers.Select(a => a.StatusCode).Order());
        var refused = answers.Single(a => a.StatusCode == HttpStatusCode.BadRequest);
        Assert.Contains("Số định danh cá nhân này đã có", await RegistryRequests.BodyOf(refused), StringComparison.Ordinal);
    }
}
