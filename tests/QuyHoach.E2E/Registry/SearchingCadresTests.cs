using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Registry;

public sealed class SearchingCadresTests(RegistryBrowserApp app) : IClassFixture<RegistryBrowserApp>
{
    [Fact]
    public async Task Staff_SearchesWithoutDiacritics_OpensProfileWithVerdict_OtherDepartmentGetsNotFound()
    {
        string profileUrl;
        await using (var session = await app.OpenAsync(nameof(SearchingCadresTests) + ".Staff"))
        {
            var page = session.Page;
            await session.SignInAsAsync(AppRoles.Staff);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Cán bộ" }).ClickAsync();
            await page.GetByLabel("Họ tên hoặc mã cán bộ").FillAsync("nguyen");
            await page.GetByLabel("Họ tên hoặc mã cán bộ").PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/can-bo\?q=nguyen"));
            var first = page.Locator("table.table tbody tr td a").First;
            await Expect(first).ToContainTextAsync("Nguyễn");
            await first.ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sàng lọc điều kiện quy hoạch" })).ToBeVisibleAsync();
            await Expect(page.Locator("article.verdict").First).ToContainTextAsync("điều kiện");
            await Expect(page.Locator("article.verdict .basis").First).ToContainTextAsync("Căn cứ: R-");
            profileUrl = page.Url;
        }

        await using (var other = await app.OpenAsync(nameof(SearchingCadresTests) + ".OtherDepartment"))
        {
            await other.SignInAsync(app.Other.StaffUserName, QuyHoachAppFactory.DemoPassword);
            var response = await other.Page.GotoAsync(profileUrl);
            Assert.Equal(404, response!.Status);
            await Expect(other.Page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy trang" })).ToBeVisibleAsync();
            await Expect(other.Page.Locator("body")).Not.ToContainTextAsync("Sàng lọc");
        }
    }
}
