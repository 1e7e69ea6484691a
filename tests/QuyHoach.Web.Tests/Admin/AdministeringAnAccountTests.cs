using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Admin;

public sealed class AdministeringAnAccountTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    private static string Page(Guid id) => $"/quan-tri/tai-khoan/{id}";

    [Fact]
    public async Task RolesAndScope_Changed_SavedAndAuditedBeforeAndAfter()
    {
        var id = await TestAccounts.CreateAsync(App, "doiquyen", AppRoles.Staff);
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var province = await PageForms.OptionValueAsync(admin, Page(id), QuyHoachAppFactory.DemoProvinceName);
        var response = await PageForms.SubmitAsync(admin, Page(id), "#form-vai-tro",
            ("Access.Roles[inspector]", "true"), ("Access.Roles[counter]", "true"), ("Access.OrganisationId", province));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(response));
        var page = await admin.GetStringAsync(response.Headers.Location);
        Assert.Contains("Đã lưu vai trò và phạm vi.", page, StringComparison.Ordinal);
        Assert.Contains("Đổi vai trò", page, StringComparison.Ordinal);
        var roles = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.roles_changed"), r => r.EntityId == id.ToString());
        Assert.Contains("\"roles\": [\"staff\"]", roles.Before, StringComparison.Ordinal);
        Assert.Contains("\"roles\": [\"counter\", \"inspector\"]", roles.After, StringComparison.Ordinal);
        var scope = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.scope_changed"), r => r.EntityId == id.ToString());
        Assert.Contains(TestAccounts.Department, scope.Before, StringComparison.Ordinal);
        Assert.Contains($"\"organisationName\": \"{QuyHoachAppFactory.DemoProvinceName}\"", scope.After, StringComparison.Ordinal);

        var list = await admin.GetStringAsync(new Uri("/quan-tri", UriKind.Relative));
        Assert.Contains("Tổ kiểm phiếu, Kiểm tra", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesAndScope_NoRoleTicked_RefusedAndNothingChanged()
    {
        var id = await TestAccounts.CreateAsync(App, "khongvaitro", AppRoles.Staff);
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var events = await AuditRows.CountAsync(App.ConnectionString, "audit_events");
        var response = await PageForms.SubmitAsync(admin, Page(id), "#form-vai-tro", ("Access.OrganisationId", Guid.NewGuid().ToString()));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một vai trò.", html, StringComparison.Ordinal);
        Assert.Contains("Đơn vị đã chọn không tồn tại.", html, StringComparison.Ordinal);
        Assert.Equal(events, await AuditRows.CountAsync(App.ConnectionString, "audit_events"));
        var user = await TestAccounts.SignInAsync(App, "khongvaitro");
        Assert.Contains("Chuyên viên tổ chức", await user.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesAndScope_AdministratorDropsOwnAdminRole_Refused()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var id = await AccountIdAsync(admin, "quantri");
        var province = await PageForms.OptionValueAsync(admin, Page(id), QuyHoachAppFactory.DemoProvinceName);
        var response = await PageForms.SubmitAsync(admin, Page(id), "#form-vai-tro", ("Access.Roles[staff]", "true"), ("Access.OrganisationId", province));

        Assert.Contains("không thể tự bỏ vai trò Quản trị hệ thống", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/quan-tri", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Unlock_AfterFiveWrongPasswords_SignsInAgainAndAudited()
    {
        var id = await TestAccounts.CreateAsync(App, "bikhoa", AppRoles.Staff);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "bikhoa", $"Sai-mat-khau-{attempt}");
        }

        var admin = await App.SignInAsAsync(AppRoles.Admin);
        Assert.Contains("Đang tạm khóa", await admin.GetStringAsync(new Uri(Page(id), UriKind.Relative)), StringComparison.Ordinal);
        var response = await PageForms.SubmitAsync(admin, Page(id), "#form-mo-khoa");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(response));
        await TestAccounts.SignInAsync(App, "bikhoa");
        var unlocked = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.unlocked"), r => r.EntityId == id.ToString());
        Assert.DoesNotContain("\"lockedUntil\": null", unlocked.Before, StringComparison.Ordinal);
        Assert.Contains("\"lockedUntil\": null", unlocked.After, StringComparison.Ordinal);
        var failures = (await AuditRows.ReadAsync(App.ConnectionString, "signin.failed")).Where(r => r.EntityId == id.ToString()).ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains("\"outcome\": \"locked_out\"", failures[^1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_WithoutConfirmation_RefusedAndStillSignsIn()
    {
        var id = await TestAccounts.CreateAsync(App, "chuaxacnhan", AppRoles.Staff);
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var response = await PageForms.SubmitAsync(admin, Page(id), "#form-tat-dang-nhap");

        Assert.Contains("Hãy đánh dấu &quot;Tôi xác nhận&quot;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await TestAccounts.SignInAsync(App, "chuaxacnhan");
        Assert.DoesNotContain(await AuditRows.ReadAsync(App.ConnectionString, "account.disabled"), r => r.EntityId == id.ToString());
    }

    [Fact]
    public async Task DisableThenEnable_SignInRefusedThenAllowed_BothAudited()
    {
        var id = await TestAccounts.CreateAsync(App, "tamngung", AppRoles.Staff);
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var disabled = await PageForms.SubmitAsync(admin, Page(id), "#form-tat-dang-nhap", ("Confirmed", "true"));
        Assert.True(disabled.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(disabled));

        var refused = await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "tamngung", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        // The same words as for a wrong password: the page does not tell strangers which accounts exist (docs/security.md).
        Assert.Contains("Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Đã tắt đăng nhập", await admin.GetStringAsync(new Uri("/quan-tri", UriKind.Relative)), StringComparison.Ordinal);

        var enabled = await PageForms.SubmitAsync(admin, Page(id), "#form-bat-dang-nhap");
        Assert.True(enabled.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(enabled));
        await TestAccounts.SignInAsync(App, "tamngung");

        var off = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.disabled"), r => r.EntityId == id.ToString());
        Assert.Contains("\"signInDisabled\": false", off.Before, StringComparison.Ordinal);
        Assert.Contains("\"signInDisabled\": true", off.After, StringComparison.Ordinal);
        Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.enabled"), r => r.EntityId == id.ToString());
    }

    [Theory]
    [InlineData("#form-vai-tro", "vai-tro")]
    [InlineData("#form-tat-dang-nhap", "tat-dang-nhap")]
    public async Task EveryForm_NotAnAdministrator_RedirectsToRefusalAndChangesNothing(string form, string handler)
    {
        var id = await TestAccounts.CreateAsync(App, "nannhan" + handler.Length, AppRoles.Staff);
        var leader = await App.SignInAsAsync(AppRoles.Leader);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync(new Uri(Page(id), UriKind.Relative))).StatusCode);

        var events = await AuditRows.CountAsync(App.ConnectionString, "audit_events");
        var token = AngleSharpForms.HiddenFields(await leader.GetStringAsync(new Uri("/", UriKind.Relative)), "form.signout-form");
        token.AddRange([new("_handler", handler), new("Confirmed", "true"), new("Access.Roles[admin]", "true")]);
        using var content = new FormUrlEncodedContent(token);
        var post = await leader.PostAsync(new Uri(Page(id), UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(events, await AuditRows.CountAsync(App.ConnectionString, "audit_events"));
        Assert.NotNull(form);
    }

    private static async Task<Guid> AccountIdAsync(HttpClient admin, string userName)
    {
        var list = await admin.GetStringAsync(new Uri("/quan-tri", UriKind.Relative));
        var link = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(list).QuerySelector($"a[aria-label='Sửa tài khoản {userName}']")!;
        return Guid.Parse(link.GetAttribute("href")!.Split('/')[^1]);
    }
}
