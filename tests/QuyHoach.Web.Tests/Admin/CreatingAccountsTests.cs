using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Admin;

public sealed class CreatingAccountsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string NewPage = "/quan-tri/tai-khoan/moi";
    private const string Form = "#form-tao-tai-khoan";
    private const string Password = "MatKhau2026x";

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Create_ValidInput_CreatedAuditedAndTheNewUserSignsIn()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var department = await PageForms.OptionValueAsync(admin, NewPage, QuyHoachAppFactory.DemoDepartmentName);
        var response = await PageForms.SubmitAsync(admin, NewPage, Form,
            ("Input.UserName", "nguyenvana"), ("Input.FullName", "Nguyễn Văn An"), ("Input.Roles[staff]", "true"),
            ("Input.Roles[counter]", "true"), ("Input.OrganisationId", department), ("Input.Password", Password), ("Input.ConfirmPassword", Password));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await PageForms.BodyAsync(response));
        var page = await admin.GetStringAsync(response.Headers.Location);
        Assert.Contains("Đã tạo tài khoản.", page, StringComparison.Ordinal);
        Assert.Contains("Tạo tài khoản", page, StringComparison.Ordinal);

        var created = Assert.Single(await AuditRows.ReadAsync(App.ConnectionString, "account.created"), r => r.After!.Contains("nguyenvana", StringComparison.Ordinal));
        Assert.Equal("quantri", created.ActorName);
        Assert.Contains("\"roles\": [\"counter\", \"staff\"]", created.After, StringComparison.Ordinal);
        Assert.Contains(QuyHoachAppFactory.DemoDepartmentName, created.After, StringComparison.Ordinal);
        Assert.DoesNotContain("password", created.After, StringComparison.OrdinalIgnoreCase);

        var signIn = await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "nguyenvana", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("ngan", "Mật khẩu phải có ít nhất 12 ký tự.")]
    [InlineData("chuathuong2026", "Mật khẩu phải có ít nhất một chữ hoa (A–Z).")]
    public async Task Create_PasswordAgainstPolicy_VietnameseReasonAndNothingCreated(string password, string message)
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var users = await AuditRows.CountAsync(App.ConnectionString, "users");
        var events = await AuditRows.CountAsync(App.ConnectionString, "audit_events");
        var response = await SubmitAsync(admin, "tranthib" + password.Length, password);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(users, await AuditRows.CountAsync(App.ConnectionString, "users"));
        Assert.Equal(events, await AuditRows.CountAsync(App.ConnectionString, "audit_events"));
    }

    [Fact]
    public async Task Create_ExistingUserName_VietnameseReasonAndNothingCreated()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var users = await AuditRows.CountAsync(App.ConnectionString, "users");
        var response = await SubmitAsync(admin, "lanhdao", Password);

        Assert.Contains("Tên đăng nhập &quot;lanhdao&quot; đã được dùng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(users, await AuditRows.CountAsync(App.ConnectionString, "users"));
    }

    [Fact]
    public async Task Create_NoRoleNoUnitMismatchedPasswords_EveryReasonListed()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var response = await PageForms.SubmitAsync(admin, NewPage, Form,
            ("Input.UserName", "lethic"), ("Input.FullName", "Lê Thị C"), ("Input.Password", Password), ("Input.ConfirmPassword", Password + "!"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy chọn ít nhất một vai trò.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn đơn vị (phạm vi) của tài khoản.", html, StringComparison.Ordinal);
        Assert.Contains("Hai lần nhập mật khẩu không khớp.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "lethic", Password)).StatusCode);
    }

    [Fact]
    public async Task Create_FullNameWithMarkup_RefusedAndNothingCreated()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var users = await AuditRows.CountAsync(App.ConnectionString, "users");
        var department = await PageForms.OptionValueAsync(admin, NewPage, QuyHoachAppFactory.DemoDepartmentName);
        var response = await PageForms.SubmitAsync(admin, NewPage, Form,
            ("Input.UserName", "danhdau"), ("Input.FullName", "<b>Trần</b> Bình"), ("Input.Roles[staff]", "true"),
            ("Input.OrganisationId", department), ("Input.Password", Password), ("Input.ConfirmPassword", Password));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("không phải họ tên", html, StringComparison.Ordinal);
        Assert.Equal(users, await AuditRows.CountAsync(App.ConnectionString, "users"));
    }

    [Fact]
    public async Task Create_EmptyForm_VietnameseValidation()
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var html = await (await PageForms.SubmitAsync(admin, NewPage, Form)).Content.ReadAsStringAsync();
        Assert.Contains("Hãy nhập tên đăng nhập.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập họ và tên.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập mật khẩu ban đầu.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AppRoles.Staff)]
    [InlineData(AppRoles.Leader)]
    [InlineData(AppRoles.Inspector)]
    public async Task Create_NotAnAdministrator_PageAndPostRedirectToRefusal(string role)
    {
        var client = await App.SignInAsAsync(role);
        var page = await client.GetAsync(new Uri(NewPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);

        // A crafted post, with this user's own valid antiforgery token taken from the sign-out form.
        var users = await AuditRows.CountAsync(App.ConnectionString, "users");
        var token = AngleSharpForms.HiddenFields(await client.GetStringAsync(new Uri("/", UriKind.Relative)), "form.signout-form");
        token.AddRange([new("_handler", "tao-tai-khoan"), new("Input.UserName", "xamnhap" + role), new("Input.FullName", "X"),
            new("Input.Roles[admin]", "true"), new("Input.Password", Password), new("Input.ConfirmPassword", Password)]);
        using var content = new FormUrlEncodedContent(token);
        var post = await client.PostAsync(new Uri(NewPage, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(users, await AuditRows.CountAsync(App.ConnectionString, "users"));
    }

    private async Task<HttpResponseMessage> SubmitAsync(HttpClient admin, string userName, string password)
    {
        var department = await PageForms.OptionValueAsync(admin, NewPage, QuyHoachAppFactory.DemoDepartmentName);
        return await PageForms.SubmitAsync(admin, NewPage, Form,
            ("Input.UserName", userName), ("Input.FullName", "Trần Thị Bình"), ("Input.Roles[staff]", "true"),
            ("Input.OrganisationId", department), ("Input.Password", password), ("Input.ConfirmPassword", password));
    }
}
