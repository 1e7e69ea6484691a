using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Accessibility;

/// <summary>
/// The skip link reaches the content of the page it is on (not the home page: the layout's base address once sent
/// "#noi-dung" to "/"), and the focus indicator and field borders keep 3:1 against every background they appear on
/// (WCAG 1.4.11), measured from the computed styles.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class FocusAndContrastTests(AuditBrowserApp app)
{
    [Fact]
    public async Task SkipLink_OnEveryKindOfPage_FocusLandsInMainOfThatPage()
    {
        await using var session = await app.OpenAsync(nameof(FocusAndContrastTests) + ".SkipLink");
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        await page.GotoAsync("/can-bo");
        var profile = await page.Locator("main table a[href^='/can-bo/']").First.GetAttributeAsync("href");
        foreach (var address in new[] { "/", "/can-bo?trang=2", profile!, "/dot-quy-hoach", "/tap-the" })
        {
            await page.GotoAsync(address);
            var path = new Uri(page.Url).PathAndQuery;
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Bỏ qua điều hướng", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#noi-dung$"));

            Assert.Equal(path, new Uri(page.Url).PathAndQuery);
            Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"), address + ": focus is not in main");
            if (await page.Locator("main a[href], main input, main select, main button").CountAsync() > 0)
            {
                await page.Keyboard.PressAsync("Tab");
                Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"), address + ": the next Tab left main");
            }
        }
    }

    [Fact]
    public async Task FocusRing_HeaderMenuAndContent_AtLeastThreeToOne()
    {
        await using var session = await app.OpenAsync(nameof(FocusAndContrastTests) + ".Focus");
        var page = session.Page;
        var measured = new List<(string Element, double Ratio)>();
        await page.GotoAsync("/dang-nhap");
        measured.AddRange(await TabThroughAsync(page, 6));
        await session.SignInAsAsync(AppRoles.Staff);
        foreach (var address in new[] { "/", "/can-bo" })
        {
            await page.GotoAsync(address);
            measured.AddRange(await TabThroughAsync(page, 25));
        }

        Assert.True(measured.Count >= 25, "too few focus stops measured: " + measured.Count);
        var faint = measured.Where(m => m.Ratio < 3).Select(m => $"{m.Element}: {m.Ratio:0.00}:1").ToList();
        Assert.True(faint.Count == 0, string.Join("\n", faint));
    }

    [Fact]
    public async Task FieldBorders_Inputs_SelectsAndTextAreas_AtLeastThreeToOne()
    {
        await using var session = await app.OpenAsync(nameof(FocusAndContrastTests) + ".Borders");
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        var measured = new List<(string Element, double Ratio)>();
        await page.GotoAsync("/dot-quy-hoach");
        var round = await page.Locator("main table a[href^='/dot-quy-hoach/']").First.GetAttributeAsync("href");
        await page.GotoAsync("/hoi-nghi");
        var conference = await page.Locator("main table a[href^='/hoi-nghi/']").Last.GetAttributeAsync("href");
        foreach (var address in new[] { "/can-bo", "/can-bo/moi", round!, conference! })
        {
            await page.GotoAsync(address);
            measured.AddRange(await Contrast.FieldBordersAsync(page));
        }

        Assert.Contains(measured, m => m.Element.StartsWith("textarea", StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Element.StartsWith("select", StringComparison.Ordinal));
        var faint = measured.Where(m => m.Ratio < 3).Select(m => $"{m.Element}: {m.Ratio:0.00}:1").ToList();
        Assert.True(faint.Count == 0, string.Join("\n", faint));
    }

    private static async Task<IReadOnlyList<(string Element, double Ratio)>> TabThroughAsync(IPage page, int stops)
    {
        var measured = new List<(string, double)>();
        for (var i = 0; i < stops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            measured.Add(await Contrast.FocusIndicatorAsync(page));
        }

        return measured;
    }
}
