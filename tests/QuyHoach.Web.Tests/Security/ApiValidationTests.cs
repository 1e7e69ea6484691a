using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Documents.Registry.Parsing;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Registry;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): the API and the cadre form took markup and <c>=HYPERLINK(…)</c> that the Excel import refuses. They
/// now ask the import's own questions (TextSafety) and answer with its messages; nothing is written.
/// </summary>
public sealed class ApiValidationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    public static TheoryData<string, string, string> Refused => new()
    {
        { "fullName", "=HYPERLINK(\"http://evil.example\",\"Nguyễn Văn An\")", TextSafety.FormulaLike + "." },
        { "fullName", "@SUM Nguyễn", TextSafety.FormulaLike + "." },
        { "hometown", "-cmd|' /C calc'!A0", TextSafety.FormulaLike + "." },
        { "hometown", "+84 Hà Nội", TextSafety.FormulaLike + "." },
        { "hometown", "Xã <b>Yên</b> Phong", TextSafety.Markup + "." },
        { "ethnicity", "<script>alert(1)</script>", TextSafety.Markup + "." },
        { "hometown", "javascript:alert(1)", TextSafety.Markup + "." },
        { "fullName", "Nguy\u00D4n V\u00a8n An", TextSafety.WrongEncoding + "." },
        { "ethnicity", "Kinh\ud800", TextSafety.WrongEncoding + "." },
        { "fullName", "Nguyễn Văn An; DROP", "không phải họ tên" },
        { "fullName", "Nguyễn Văn 2", "không phải họ tên" },
        { "fullName", "Nguyễn " + new string('a', 100), "Họ và tên dài quá 100 ký tự" },
        { "hometown", new string('x', 201), "Quê quán tối đa 200 ký tự." },
        { "ethnicity", new string('x', 51), "Dân tộc tối đa 50 ký tự." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Create_TextTheImportRefuses_SameMessageNothingSaved(string field, string value, string message)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var code = "VAL-" + Guid.NewGuid().ToString("N")[..8];
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, code));
        body[field] = value;
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}\n{text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Null(await App.CadreIdAsync(code));
    }

    [Fact]
    public async Task Update_HyperlinkFormula_RefusedAndUnchanged()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = (await App.CadreIdAsync("SCT-0002"))!.Value;
        var before = await App.CadreSnapshotAsync(id);
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "SCT-0002"));
        body["fullName"] = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Put, $"/api/v1/cadres/{id}", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ký tự công thức", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await App.CadreSnapshotAsync(id));
    }

    [Fact]
    public async Task Form_Markup_SameMessageOnThePage()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var fields = await RegistryRequests.ValidCadreAsync(App, "VAL-FORM-1");
        fields["Hometown"] = "<img src=x onerror=alert(1)>";
        var response = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TextSafety.Markup, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await App.CadreIdAsync("VAL-FORM-1"));
    }

    [Fact]
    public async Task Create_OrdinaryNamePunctuation_Accepted()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var body = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(App, "VAL-OK-1"));
        body["fullName"] = "Hoàng Thị Ngọc-Anh";
        body["hometown"] = "Phường 5, Quận 3 (cũ), TP. Hồ Chí Minh";
        var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
