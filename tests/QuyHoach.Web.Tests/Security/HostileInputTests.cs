using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Registry;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): inputs that used to answer 500. A NUL in a search, a page number past any list, a NUL in a text field,
/// a form posted without its antiforgery token: each now gets an ordinary answer (no 5xx), in Vietnamese.
/// </summary>
public sealed class HostileInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Theory]
    [InlineData("/api/v1/cadres?q=%00")]
    [InlineData("/api/v1/cadres?q=Nguy%00%01%1Fn")]
    [InlineData("/can-bo?q=%00")]
    [InlineData("/can-bo?q=a%00b&trang=2")]
    public async Task Search_ControlCharacters_AnsweredWithoutError(string url)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await staff.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Api_PageFarPastTheEnd_VietnameseProblemNot500()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        foreach (var page in (string[])["999999999", "2147483647", "100000000000"])
        {
            var response = await staff.GetAsync(new Uri($"/api/v1/cadres?page={page}", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"page={page} → {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Số trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var last = await staff.GetAsync(new Uri("/api/v1/cadres?page=10000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
    }

    [Fact]
    public async Task Page_PageFarPastTheEnd_VietnameseMessageNot500()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await staff.GetAsync(new Uri("/can-bo?trang=999999999", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}\n{body}");
        Assert.Contains("Số trang", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConferenceVenue_WithNul_SavedWithoutTheControlCharacters()
    {
        var (_, staff, _) = await RoundDriver.InDepartmentAsync(App);
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát\u0000 2026",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        Assert.Equal("Rà soát 2026", round.GetProperty("name").GetString());
        var id = round.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016", justification = "Đề\u0000 xuất" } } });
        var conference = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 1, heldOn = new DateOnly(2026, 4, 6), venue = "Hội trường\u0000 tầng 3" });
        Assert.Equal("Hội trường tầng 3", conference.GetProperty("venue").GetString());

        var (status, body) = await staff.PutAsync($"/api/v1/conferences/{conference.GetProperty("id").GetGuid()}/venue-and-start", new { venue = "Phòng\u0000họp\u0007 số 2", startsAt = "08:30" });
        Assert.True(status == HttpStatusCode.OK, $"{(int)status}\n{body}");
        Assert.Equal("Phònghọp số 2", body.GetProperty("venue").GetString());
    }

    [Fact]
    public async Task CadreForm_WithNul_RefusedInVietnameseNothingSaved()
    {
        // The framework's form reader refuses a NUL outright; the answer is the ordinary refused-form page.
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var fields = await RegistryRequests.ValidCadreAsync(App, "NUL-0001");
        fields["FullName"] = "Trần Thị\u0000 Ánh";
        var response = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", fields);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await RegistryRequests.BodyOf(response)}");
        Assert.Contains("Biểu mẫu đã hết hạn hoặc không hợp lệ", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
        Assert.Null(await App.CadreIdAsync("NUL-0001"));
    }

    [Fact]
    public async Task CadreForm_WithOtherControlCharacters_SavedWithoutThem()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var fields = await RegistryRequests.ValidCadreAsync(App, "CTL-0001");
        fields["FullName"] = "Trần Thị\u0001 Ánh\u001b";
        fields["Hometown"] = "Xã Hải\u0007 Hậu\u007f";
        var response = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {await RegistryRequests.BodyOf(response)}");
        var snapshot = await App.CadreSnapshotAsync((await App.CadreIdAsync("CTL-0001"))!.Value);
        Assert.Contains("Trần Thị Ánh", snapshot, StringComparison.Ordinal);
        Assert.Contains("Xã Hải Hậu", snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CadreApi_WithNul_SavedWithoutIt()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "NUL-0002"));
        body["fullName"] = "Trần\u0000 Thị Ánh";
        body["hometown"] = "Xã Hải Hậu\u0000\u0001";
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await RegistryRequests.BodyOf(response));
        var profile = JsonDocument.Parse(await RegistryRequests.BodyOf(response)).RootElement;
        Assert.Equal("Trần Thị Ánh", profile.GetProperty("fullName").GetString());
        Assert.Equal("Xã Hải Hậu", profile.GetProperty("hometown").GetString());
    }

    [Theory]
    [InlineData("/nhap-du-lieu")]
    [InlineData("/can-bo/moi")]
    [InlineData("/dang-xuat")]
    public async Task Form_PostedWithoutAntiforgeryToken_400InVietnamese(string url)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        using var content = new FormUrlEncodedContent([new("_handler", "x"), new("Input.Code", "CSRF-1")]);
        var response = await staff.PostAsync(new Uri(url, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}\n{body}");
        Assert.Contains("Biểu mẫu đã hết hạn", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_400InVietnamese()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        using var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "a.xlsx" } };
        var response = await staff.PostAsync(new Uri("/nhap-du-lieu", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}\n{body}");
        Assert.Contains("Biểu mẫu đã hết hạn", body, StringComparison.Ordinal);
    }
}
