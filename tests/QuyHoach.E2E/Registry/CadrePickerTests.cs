using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Registry;

/// <summary>
/// Ô chọn cán bộ (/js/cadre-picker.js, loaded deferred): what was typed before the script ran is searched when it runs,
/// so a quick typist on a slow connection gets the choices too (a fresh-clone run once failed on exactly that: the code
/// was typed before the script listened, and no choice ever came).
/// </summary>
public sealed class CadrePickerTests(RegistryBrowserApp app) : IClassFixture<RegistryBrowserApp>
{
    [Fact]
    public async Task TypedBeforeTheScriptRan_TheChoicesComeWhenItRuns()
    {
        await using var session = await app.OpenAsync(nameof(CadrePickerTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        await page.GotoAsync("/tap-the");
        var body = await page.Locator("main table a").First.GetAttributeAsync("href");

        // The script is held back until the code has been typed.
        var typed = new TaskCompletionSource();
        await page.RouteAsync("**/js/cadre-picker.js", async route =>
        {
            await typed.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(body!, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#tim-can-bo").FillAsync("SCT-0015");
        await Expect(page.Locator("#lua-chon-can-bo input[type=radio]")).ToHaveCountAsync(0);
        typed.SetResult();

        await Expect(page.Locator("#lua-chon-can-bo input[type=radio]").First).ToBeVisibleAsync();
        await Expect(page.Locator("#lua-chon-can-bo")).ToContainTextAsync("Hoàng Xuân Hải");
    }
}
