using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>The create and edit pages: saving, Vietnamese validation, nothing changed on bad input.</summary>
public sealed class CadreFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Create_ValidForm_SavedAndProfileShown()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", await RegistryRequests.ValidCadreAsync(App, "FORM-0001"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await App.CadreIdAsync("FORM-0001");
        Assert.EndsWith($"/can-bo/{id}?da-luu=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var html = await staff.GetStringAsync(response.Headers.Location);
        Assert.Contains("Đã lưu thông tin cán bộ.", html, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Ánh Dương", html, StringComparison.Ordinal);
        Assert.Contains("15/08/1990", html, StringComparison.Ordinal);
        Assert.Contains("03/02/2015", html, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên (từ 01/07/2020)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadInput_EveryMessageInVietnameseAndNothingSaved()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var count = await App.CadreCountAsync();
        var fields = new Dictionary<string, string>
        {
            ["Code"] = "mã có dấu",
            ["FullName"] = "An",
            ["Sex"] = "",
            ["Birth"] = "31/02/1990",
            ["PartyJoinedOn"] = "2015",
            ["OrganisationId"] = Guid.NewGuid().ToString(),
            ["TitleId"] = "",
            ["TitleSince"] = "01/01/2999",
        };
        var response = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var message in (string[])["Mã cán bộ chỉ gồm", "Hãy nhập đầy đủ họ và tên", "Hãy chọn giới tính.", "Ngày sinh không hợp lệ", "Ngày vào Đảng không hợp lệ", "Hãy chọn đơn vị công tác", "Hãy chọn chức vụ hiện tại.", "Ngày giữ chức vụ không hợp lệ"])
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }

        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"mã có dấu\"", html, StringComparison.Ordinal);
        Assert.Equal(count, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Create_DuplicateCode_Refused()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var count = await App.CadreCountAsync();
        var response = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", await RegistryRequests.ValidCadreAsync(App, "SCT-0001"));
        Assert.Contains("Mã cán bộ đã được dùng cho một cán bộ khác.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Edit_NewTitle_ClosesThePreviousAssignment()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = await App.CadreIdAsync("SCT-0030");
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var titles = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(admin, new Uri("/api/v1/titles", UriKind.Relative));
        var deputyHead = titles.EnumerateArray().First(t => t.GetProperty("code").GetString() == "SCT-PP").GetProperty("id").GetString()!;
        var response = await RegistryRequests.PostFormAsync(staff, $"/can-bo/{id}/sua", new Dictionary<string, string>
        {
            ["TitleId"] = deputyHead,
            ["TitleSince"] = "01/10/2026",
            ["Hometown"] = "Phường Nam Định, tỉnh Ninh Bình",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var html = await staff.GetStringAsync(new Uri($"/can-bo/{id}", UriKind.Relative));
        Assert.Contains("Phó trưởng phòng và tương đương (từ 01/10/2026)", html, StringComparison.Ordinal);
        Assert.Contains("30/09/2026", html, StringComparison.Ordinal);
        Assert.Contains("Phường Nam Định, tỉnh Ninh Bình", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BadInput_MessagesAndNothingChanged()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = (await App.CadreIdAsync("SCT-0031"))!.Value;
        var before = await App.CadreSnapshotAsync(id);
        var response = await RegistryRequests.PostFormAsync(staff, $"/can-bo/{id}/sua", new Dictionary<string, string>
        {
            ["FullName"] = "",
            ["Birth"] = "13/1980",
            ["TitleSince"] = "31/12/2999",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy nhập họ và tên.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày sinh không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("Ngày giữ chức vụ không hợp lệ", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.CadreSnapshotAsync(id));
    }
}
