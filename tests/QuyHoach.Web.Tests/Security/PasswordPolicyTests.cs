using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Account;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Security;

/// <summary>Regression probe (docs/security.md): Password12, Aaaaaaaaa1, Quyhoach2026 and the user name itself were accepted.</summary>
public sealed class PasswordPolicyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Theory]
    [InlineData("Password12", "ít nhất 12 ký tự")]
    [InlineData("Password1234", "quá phổ biến")]
    [InlineData("Aaaaaaaaa1", "ít nhất 12 ký tự")]
    [InlineData("Aaaaaaaaaaa1", "ký tự khác nhau")]
    [InlineData("Quyhoach2026", "tên phần mềm")]
    [InlineData("Quy Hoạch 2026!", "tên phần mềm")]
    [InlineData("123456789Abc", "quá phổ biến")]
    [InlineData("Matkhau123456", "quá phổ biến")]
    [InlineData("Mật Khẩu 2026!", "quá phổ biến")]
    [InlineData("AnhYeuEm2026!", "quá phổ biến")]
    [InlineData("Chinhsach2026", "tên đăng nhập")]
    [InlineData("ChínhSách@2026", "tên đăng nhập")]
    public async Task CreateAccount_WeakPassword_RefusedWithVietnameseReason(string password, string reason)
    {
        var admin = await App.SignInAsAsync(AppRoles.Admin);
        var department = await PageForms.OptionValueAsync(admin, "/quan-tri/tai-khoan/moi", QuyHoachAppFactory.DemoDepartmentName);
        var response = await PageForms.SubmitAsync(admin, "/quan-tri/tai-khoan/moi", "#form-tao-tai-khoan",
            ("Input.UserName", "chinhsach"), ("Input.FullName", "Người dùng chính sách"), ("Input.Roles[staff]", "true"),
            ("Input.OrganisationId", department), ("Input.Password", password), ("Input.ConfirmPassword", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(App.ConnectionString, "SELECT count(*) FROM users WHERE user_name = @p", "chinhsach"));
    }

    [Theory]
    [InlineData("Demo@QuanLy2026!")]
    [InlineData("MatKhau2026x")]
    [InlineData("Cua-Rieng-Toi-2026")]
    public void Check_ReasonablePasswords_Accepted(string password) =>
        Assert.Null(PasswordPolicy.Check("chuyenvien", password));

    [Fact]
    public void Check_DemoPassword_PassesItsOwnPolicy() =>
        Assert.All(QuyHoach.Web.Hosting.DemoSeeder.Accounts, a => Assert.Null(PasswordPolicy.Check(a.UserName, QuyHoachAppFactory.DemoPassword)));
}
