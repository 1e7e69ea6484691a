using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Shell;

public sealed class LayoutTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Stylesheet_AppliedInTheBrowser_HeaderIsNavy()
    {
        await using var session = await app.OpenAsync(nameof(LayoutTests) + "." + nameof(Stylesheet_AppliedInTheBrowser_HeaderIsNavy));
        var failed = new List<string>();
        session.Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        await session.Page.GotoAsync("/");

        Assert.Empty(failed);
        await Expect(session.Page.Locator("header.topbar")).ToHaveCSSAsync("background-color", "rgb(23, 55, 94)");
    }

    [Fact]
    public async Task Tablet_NavigationStaysReachable()
    {
        await using var session = await app.OpenAsync(nameof(LayoutTests) + "." + nameof(Tablet_NavigationStaysReachable));
        var page = session.Page;
        await page.SetViewportSizeAsync(768, 1024);
        await session.SignInAsAsync(AppRoles.Staff);

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Đợt quy hoạch" })).ToBeInViewportAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Đợt quy hoạch" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đợt quy hoạch" })).ToBeVisibleAsync();
    }
}
