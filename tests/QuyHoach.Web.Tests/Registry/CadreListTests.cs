using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

public sealed class CadreListTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Search_WithoutDiacritics_FindsVietnameseName()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await CreateAsync(staff, "TK-0001", "Nguyễn Thị Ánh");
        var html = await staff.GetStringAsync(new Uri("/can-bo?q=nguyen+thi+anh", UriKind.Relative));
        Assert.Contains("Nguyễn Thị Ánh", html, StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 1 cán bộ", html, StringComparison.Ordinal);
        var api = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres?q=NGUYEN%20THI%20ANH", UriKind.Relative));
        Assert.Equal("Nguyễn Thị Ánh", api.GetProperty("items")[0].GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Order_VietnameseGivenNameFirst_AnhBinhDungDuc()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await CreateAsync(staff, "ORD-1", "Hoàng Minh Đức");
        await CreateAsync(staff, "ORD-2", "Lê Văn Bình");
        await CreateAsync(staff, "ORD-3", "Phạm Văn Dũng");
        await CreateAsync(staff, "ORD-4", "Trần Thị Ánh");
        await CreateAsync(staff, "ORD-5", "Bùi Văn Dũng");
        var api = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres?q=ord-", UriKind.Relative));
        var names = api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString()!).ToArray();
        Assert.Equal(new[] { "Trần Thị Ánh", "Lê Văn Bình", "Bùi Văn Dũng", "Phạm Văn Dũng", "Hoàng Minh Đức" }, names);
    }

    [Fact]
    public async Task Paging_25PerPage_LinksKeepTheFilters()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var first = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres", UriKind.Relative));
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 60, first.ToString());
        Assert.Equal(25, first.GetProperty("items").GetArrayLength());
        var last = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres?page={first.GetProperty("pageCount").GetInt32()}", UriKind.Relative));
        Assert.Equal(total - (25 * (first.GetProperty("pageCount").GetInt32() - 1)), last.GetProperty("items").GetArrayLength());
        var page1 = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
        Assert.DoesNotContain(last.GetProperty("items").EnumerateArray(), i => page1.Contains(i.GetProperty("id").GetGuid()));

        var html = await staff.GetStringAsync(new Uri("/can-bo?gioi-tinh=nu", UriKind.Relative));
        Assert.Contains("href=\"/can-bo?gioi-tinh=nu&amp;trang=2\"", html, StringComparison.Ordinal);
        var page2 = await staff.GetStringAsync(new Uri("/can-bo?gioi-tinh=nu&trang=2", UriKind.Relative));
        Assert.Contains("aria-current=\"page\">2<", page2, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Nam</td>", page2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sex=nu", "sex", "Nữ")]
    [InlineData("politicalTheory=cao-cap", "politicalTheory", "Cao cấp")]
    [InlineData("politicalTheory=chua-co", "politicalTheory", "Chưa có")]
    [InlineData("rating=HTXSNV", "latestRating", "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("rating=KHTNV", "latestRating", "Không hoàn thành nhiệm vụ")]
    public async Task Filter_EachValue_OnlyMatchingRowsAndFewerThanAll(string filter, string field, string expected)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var all = (await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres", UriKind.Relative))).GetProperty("total").GetInt32();
        var page = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres?{filter}", UriKind.Relative));
        var total = page.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, all - 1);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal(expected, i.GetProperty(field).GetString()));
        var html = await staff.GetStringAsync(new Uri("/can-bo?" + PageFilter(filter), UriKind.Relative));
        Assert.Contains($"Tìm thấy {total} cán bộ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duoi-35", 0, 34)]
    [InlineData("35-44", 35, 44)]
    [InlineData("45-54", 45, 54)]
    [InlineData("tu-55", 55, 120)]
    public async Task Filter_AgeBand_AgesWithinTheBand(string band, int min, int max)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var page = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres?ageBand={band}", UriKind.Relative));
        Assert.True(page.GetProperty("total").GetInt32() > 0, page.ToString());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.InRange(i.GetProperty("age").GetInt32(), min, max));
    }

    [Fact]
    public async Task Filter_TitleAndUnit_OnlyThatTitleAndUnit()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var titles = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/titles", UriKind.Relative));
        var head = titles.EnumerateArray().First(t => t.GetProperty("code").GetString() == "SCT-TP");
        var byTitle = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres?titleId={head.GetProperty("id")}", UriKind.Relative));
        Assert.Equal(8, byTitle.GetProperty("total").GetInt32());
        Assert.All(byTitle.GetProperty("items").EnumerateArray(), i => Assert.Equal("Trưởng phòng và tương đương", i.GetProperty("title").GetString()));
        var division = await RegistryRequests.DivisionIdAsync(admin);
        var byUnit = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres?organisationId={division}", UriKind.Relative));
        Assert.InRange(byUnit.GetProperty("total").GetInt32(), 1, 20);
        Assert.All(byUnit.GetProperty("items").EnumerateArray(), i => Assert.Equal("Văn phòng Sở", i.GetProperty("organisation").GetString()));
    }

    [Fact]
    public async Task BadFilters_ProblemDetailsPerField()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var response = await staff.GetAsync(new Uri("/api/v1/cadres?sex=x&ageBand=x&politicalTheory=x&rating=x&page=0&organisationId=x&titleId=x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dữ liệu không hợp lệ", problem.GetProperty("title").GetString());
        foreach (var key in (string[])["sex", "ageBand", "politicalTheory", "rating", "page", "organisationId", "titleId"])
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(key, out _), problem.ToString());
        }

        var html = await staff.GetStringAsync(new Uri("/can-bo?gioi-tinh=x", UriKind.Relative));
        Assert.Contains("Giới tính phải là", html, StringComparison.Ordinal);
    }

    private static string PageFilter(string apiFilter) => apiFilter
        .Replace("sex=", "gioi-tinh=", StringComparison.Ordinal)
        .Replace("politicalTheory=", "llct=", StringComparison.Ordinal)
        .Replace("rating=", "xep-loai=", StringComparison.Ordinal);

    private async Task CreateAsync(HttpClient staff, string code, string name)
    {
        var fields = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, code));
        fields["fullName"] = name;
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await RegistryRequests.BodyOf(response));
    }
}
