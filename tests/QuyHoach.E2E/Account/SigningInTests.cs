using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Account;

public sealed partial class SigningInTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task SignIn_DemoAccount_DashboardNamesTheDemoProvince()
    {
        await using var session = await app.OpenAsync(nameof(SigningInTests) + "." + nameof(SignIn_DemoAccount_DashboardNamesTheDemoProvince));
        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" }).First.ClickAsync();
        await session.SignInAsAsync(AppRoles.Staff);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan" })).ToBeVisibleAsync();
        await Expect(page.GetByText(DemoSeeder.ProvinceName, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText(DemoSeeder.DepartmentName)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" })).ToContainTextAsync("Hồ sơ & phê duyệt");
    }

    [Fact]
    public async Task SignIn_WrongPassword_VietnameseErrorAndStillSignedOut()
    {
        await using var session = await app.OpenAsync(nameof(SigningInTests) + "." + nameof(SignIn_WrongPassword_VietnameseErrorAndStillSignedOut));
        await session.SignInAsync(QuyHoachAppFactory.DemoAccountFor(AppRoles.Leader).UserName, "Sai-mat-khau-1");

        await Expect(session.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.");
        await Expect(session.Page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_AccountLockedEvenForTheRightOne()
    {
        await using var session = await app.OpenAsync(nameof(SigningInTests) + "." + nameof(SignIn_FiveWrongPasswords_AccountLockedEvenForTheRightOne));
        var user = QuyHoachAppFactory.DemoAccountFor(AppRoles.Delegate).UserName;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await session.SignInAsync(user, $"Sai-mat-khau-{attempt}");
        }

        await session.SignInAsync(user, QuyHoachAppFactory.DemoPassword);
        // The same words as for any refusal: the page does not tell which accounts exist or are locked (docs/security.md).
        await Expect(session.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.");
        await Expect(session.Page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task SignOut_ReturnsToTheWelcomePageOfferingSignIn()
    {
        await using var session = await app.OpenAsync(nameof(SigningInTests) + "." + nameof(SignOut_ReturnsToTheWelcomePageOfferingSignIn));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Leader);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bạn đã đăng xuất.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" }).First).ToBeVisibleAsync();
        await page.GotoAsync("/quan-tri");
        await Expect(page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task AdminPage_UserWithoutTheRole_RefusedWithVietnameseMessage()
    {
        await using var session = await app.OpenAsync(nameof(SigningInTests) + "." + nameof(AdminPage_UserWithoutTheRole_RefusedWithVietnameseMessage));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Counter);
        // The menu no longer offers the page to the role; typed as an address it answers 403 with the refusal.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Quản trị" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/quan-tri");

        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_KeyboardOnly_ReachesTheDashboard()
    {
        await using var session = await app.OpenAsync(nameof(SigningInTests) + "." + nameof(SignIn_KeyboardOnly_ReachesTheDashboard));
        var page = session.Page;
        await page.GotoAsync("/dang-nhap");

        // Under load the first keystrokes could land before autofocus did (seen as "uantri" for "quantri").
        await Expect(page.GetByLabel("Tên đăng nhập")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(QuyHoachAppFactory.DemoAccountFor(AppRoles.Admin).UserName);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(QuyHoachAppFactory.DemoPassword);
        await page.Keyboard.PressAsync("Enter");

        // An administrator has two-factor sign-in: the code field has the focus on the next page.
        await Expect(page.GetByLabel("Mã xác thực", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Totp.Code(QuyHoachAppFactory.DemoAuthenticatorKey, DateTimeOffset.UtcNow));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("quantri");
    }

    [GeneratedRegex("/dang-nhap")]
    private static partial Regex SignInUrl();
}
