using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Shell;
using QuyHoach.Web.Tests.Admin;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): besides the cadre, the edits of an account, a dossier, a round step and a
/// conference were last-writer-wins. Each now carries the version it read; the second of two edits from the same read
/// is a 409 with the one stale message, the first's values stand and nothing else is written.
/// </summary>
public sealed class StaleEditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task AccountPage_TwoSavesFromTheSameRead_SecondIs409AndTheFirstStands()
    {
        var id = await TestAccounts.CreateAsync(App, "haiquantri", AppRoles.Staff);
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var url = $"/quan-tri/tai-khoan/{id}";
        var province = await PageForms.OptionValueAsync(admin, url, "Tỉnh Nam Định");
        var page = await admin.GetStringAsync(new Uri(url, UriKind.Relative));

        var first = await PostAsync(admin, url, page, "#form-vai-tro", ("Access.Roles[inspector]", "true"), ("Access.OrganisationId", province));
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(first));

        var second = await PostAsync(admin, url, page, "#form-vai-tro", ("Access.Roles[counter]", "true"), ("Access.OrganisationId", province));
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.True(second.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(second));
        Assert.Contains(StaleRecord.Message, html, StringComparison.Ordinal);

        var disable = await PostAsync(admin, url, page, "#form-tat-dang-nhap", ("Confirmed", "true"));
        Assert.True(disable.StatusCode == HttpStatusCode.Conflict, await PageForms.BodyAsync(disable));

        var roles = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.roles_changed"), r => r.EntityId == id.ToString());
        Assert.Contains("\"roles\": [\"inspector\"]", roles.After, StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditRows.ReadAsync(App.ConnectionString, "account.disabled"), r => r.EntityId == id.ToString());
        var now = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.DoesNotContain("Đã tắt đăng nhập", now, StringComparison.Ordinal);
        Assert.Contains("Tôi xác nhận tắt đăng nhập", now, StringComparison.Ordinal);
    }

    /// <summary>Posts a form as the browser would from the page read earlier: its hidden fields (version included) and the values given.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string page, string formSelector, params (string Name, string Value)[] fields)
    {
        var form = AngleSharpForms.HiddenFields(page, formSelector);
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
