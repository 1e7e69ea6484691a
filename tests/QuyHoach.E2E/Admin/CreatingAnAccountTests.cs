using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Admin;

public sealed class CreatingAnAccountTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Administrator_CreatesAccountInTheBrowser_NewUserSignsIn()
    {
        await using (var admin = await app.OpenAsync(nameof(CreatingAnAccountTests) + ".Administrator"))
        {
            var page = admin.Page;
            await admin.SignInAsAsync(AppRoles.Admin);
            await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Tạo tài khoản" }).ClickAsync();

            await page.GetByLabel("Tên đăng nhập").FillAsync("hoangthimai");
            await page.GetByLabel("Họ và tên").FillAsync("Hoàng Thị Mai");
            await page.GetByLabel("Chuyên viên tổ chức").CheckAsync();
            await page.GetByLabel("Đơn vị (phạm vi)").SelectOptionAsync(new SelectOptionValue { Label = DemoSeeder.DepartmentName });
            await page.GetByLabel("Mật khẩu ban đầu").FillAsync("MatKhau2026x");
            await page.GetByLabel("Nhập lại mật khẩu").FillAsync("MatKhau2026x");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã tạo tài khoản.");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản hoangthimai" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Tạo tài khoản");
        }

        await using var user = await app.OpenAsync(nameof(CreatingAnAccountTests) + ".NewUser");
        await user.SignInAsync("hoangthimai", "MatKhau2026x");
        await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan" })).ToBeVisibleAsync();
        await Expect(user.Page.GetByText("Hoàng Thị Mai")).ToBeVisibleAsync();
    }
}
