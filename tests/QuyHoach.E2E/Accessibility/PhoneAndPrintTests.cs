using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Accessibility;

/// <summary>
/// Phones: the menu folds behind "Danh mục" and the cadre list shows its first result on the first screen, the
/// filters folded under "Lọc" above it. Paper: a printed profile and conference page (Chromium's PDF, read back with
/// pdftotext) carry the print date, the printing user and the confidentiality notice on every page, and neither
/// form controls nor download links.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class PhoneAndPrintTests(AuditBrowserApp app)
{
    [Fact]
    public async Task Phone_CadreList_FirstResultOnFirstScreen_MenuAndFiltersFolded()
    {
        await using var session = await app.OpenAsync(nameof(PhoneAndPrintTests) + ".Phone");
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        foreach (var (width, height) in PageChecks.Phones)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/can-bo");
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Cán bộ" })).Not.ToBeVisibleAsync();
            var filters = page.Locator("summary", new() { HasText = "Lọc" });
            await Expect(filters).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Đơn vị", new() { Exact = true })).Not.ToBeVisibleAsync();

            var first = page.Locator("main table tbody tr").First;
            var row = (await first.BoundingBoxAsync())!;
            var toggle = (await filters.BoundingBoxAsync())!;
            Assert.True(row.Y + row.Height <= height, $"{width}×{height}: first result ends at {row.Y + row.Height} px");
            Assert.True(toggle.Y < row.Y, $"{width}: the filters' toggle is not above the results");

            await filters.ClickAsync();
            await Expect(page.GetByLabel("Đơn vị", new() { Exact = true })).ToBeVisibleAsync();
            await page.Locator("summary", new() { HasText = "Danh mục" }).ClickAsync();
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Cán bộ" })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Print_ProfileAndConference_NoControlsNoDownloads_NoticeDateAndNameOnEveryPage()
    {
        await using var session = await app.OpenAsync(nameof(PhoneAndPrintTests) + ".Print");
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        var printer = QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).FullName;
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await page.GotoAsync("/can-bo");
        var profile = await page.Locator("main table a[href^='/can-bo/']").First.GetAttributeAsync("href");
        await page.GotoAsync("/hoi-nghi");
        var conference = await page.Locator("main table a[href^='/hoi-nghi/']").First.GetAttributeAsync("href");

        foreach (var address in new[] { profile!, conference! })
        {
            await page.GotoAsync(address);
            Assert.True(await page.Locator("main form input:not([type=hidden]), main select, main textarea, main button").CountAsync() > 0, address + " has no form to hide");
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var shown = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[download]')].filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 80))");
            Assert.True(shown.Length == 0, address + " prints controls: " + string.Join(" | ", shown));

            var pages = await PdfPagesAsync(page);
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
            var text = string.Join("\n", pages);
            Assert.Contains("Dữ liệu nhân sự mật", text, StringComparison.Ordinal);
            foreach (var absent in new[] { "(DOCX)", "(XLSX)", "Tải ", "Bỏ qua điều hướng", "Đăng xuất" })
            {
                Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
            }

            for (var i = 0; i < pages.Count; i++)
            {
                Assert.True(pages[i].Contains("In ngày " + today, StringComparison.Ordinal) && pages[i].Contains(printer, StringComparison.Ordinal),
                    $"{address}: printed page {i + 1} of {pages.Count} lacks the print stamp:\n{pages[i]}");
            }
        }
    }

    /// <summary>The page as Chromium prints it (A4), one text per printed page (pdftotext, poppler-utils).</summary>
    private static async Task<IReadOnlyList<string>> PdfPagesAsync(IPage page)
    {
        var file = Path.Combine(Path.GetTempPath(), "quyhoach-in-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            await page.PdfAsync(new() { Path = file, Format = "A4" });
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return [.. text.Split('\f').Where(p => p.Trim().Length > 0)];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
