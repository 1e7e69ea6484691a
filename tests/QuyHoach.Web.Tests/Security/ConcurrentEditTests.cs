using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Registry;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): concurrent edits of one cadre all succeeded, the last writer winning silently. An edit now carries the
/// version it read (PostgreSQL's xmin); a save over a newer record is a 409 and the first writer's values stand.
/// </summary>
public sealed class ConcurrentEditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task TwoEditsFromTheSameRead_SecondIs409AndTheFirstStands()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var (id, body) = await ReadAsync(staff, "SCT-0003");

        body["hometown"] = "Xã Thứ Nhất, tỉnh Nam Định";
        var first = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{id}", body);
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var newVersion = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
        Assert.NotEqual(body["version"], newVersion);

        body["hometown"] = "Xã Thứ Hai, tỉnh Nam Định";
        var second = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{id}", body);
        var detail = await ApiProblemDetailsTests.AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.StartsWith("Bản ghi đã được người khác thay đổi, hãy tải lại", detail, StringComparison.Ordinal);
        Assert.Contains("Xã Thứ Nhất", await App.CadreSnapshotAsync(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyParallelEditsOfOneVersion_ExactlyOneSucceedsNo5xx()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var (id, body) = await ReadAsync(staff, "SCT-0004");
        var token = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
        var statuses = await Task.WhenAll(Enumerable.Range(1, 40).Select(async i =>
        {
            var edit = new Dictionary<string, string>(body) { ["hometown"] = $"Xã Số {i}" };
            using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/cadres/{id}", UriKind.Relative)) { Content = JsonContent.Create(edit) };
            request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
            using var response = await staff.SendAsync(request);
            return (int)response.StatusCode;
        }));

        Assert.Equal(0, statuses.Count(s => s >= 500));
        Assert.Equal(1, statuses.Count(s => s == 200));
        Assert.Equal(39, statuses.Count(s => s == 409));
    }

    [Fact]
    public async Task EditPage_RecordChangedMeanwhile_409MessageAndTypedValuesKept()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var (id, body) = await ReadAsync(staff, "SCT-0005");
        var url = $"/can-bo/{id}/sua";
        var page = await staff.GetStringAsync(new Uri(url, UriKind.Relative));

        body["hometown"] = "Xã Người Khác, tỉnh Nam Định";
        var other = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{id}", body);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        var fields = Shell.AngleSharpForms.HiddenFields(page, "form.form");
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("form.form")!;
        var values = form.QuerySelectorAll("input[name]").Where(i => i.GetAttribute("type") != "hidden")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(form.QuerySelectorAll("select[name]").Select(s => new KeyValuePair<string, string>(s.GetAttribute("name")!, s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "")))
            .Where(v => v.Key != "Input.Hometown")
            .Append(new("Input.Hometown", "Xã Của Tôi, tỉnh Nam Định"));
        using var content = new FormUrlEncodedContent(fields.Concat(values));
        var response = await staff.PostAsync(new Uri(url, UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode}\n{html}");
        Assert.Contains(Web.Features.Shell.StaleRecord.Message, html, StringComparison.Ordinal);
        Assert.Contains("Xã Của Tôi, tỉnh Nam Định", html, StringComparison.Ordinal);
        Assert.Contains("Xã Người Khác", await App.CadreSnapshotAsync(id), StringComparison.Ordinal);
    }

    /// <summary>The cadre's edit body as an API client builds it from GET: its fields and the version it read.</summary>
    private async Task<(Guid Id, Dictionary<string, string> Body)> ReadAsync(HttpClient staff, string code)
    {
        var id = (await App.CadreIdAsync(code))!.Value;
        var profile = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative));
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, code));
        body["fullName"] = profile.GetProperty("fullName").GetString()!;
        body["organisationId"] = profile.GetProperty("organisationId").GetString()!;
        body["titleId"] = profile.GetProperty("currentTitleId").GetString()!;
        body["titleSince"] = profile.GetProperty("currentTitleSince").GetDateTime().ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        body["version"] = profile.GetProperty("version").GetString()!;
        return (id, body);
    }
}
