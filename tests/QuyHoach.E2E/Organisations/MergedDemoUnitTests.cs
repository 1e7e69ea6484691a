using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Organisations;

/// <summary>
/// R-ORG-3 in a real browser, on the demo as it starts (no setting): the working department's staff read the plan
/// approved in 2022 under the department that merged into theirs as of 30/06/2025, and from 01/07/2025 under their
/// own department's name, each carried line saying where it came from.
/// </summary>
public sealed class MergedDemoUnitTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task MergedDemoUnit_PlanUnderNewName_WithItsHistory()
    {
        await using var session = await app.OpenAsync(nameof(MergedDemoUnitTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);

        await page.GotoAsync("/quy-hoach?ngay=01/07/2025");
        var carried = page.Locator(".plan-lines tbody tr", new() { HasText = "(SCT-0025)" });
        await Expect(carried).ToContainTextAsync(DemoSeeder.DepartmentName);
        await Expect(carried).ToContainTextAsync($"Chuyển từ {DemoMerger.PredecessorName} từ ngày 01/07/2025");
        await Expect(carried).ToContainTextAsync(DemoMerger.DecisionNumber);

        await page.GotoAsync("/quy-hoach?ngay=30/06/2025");
        var history = page.Locator(".plan-lines tbody tr", new() { HasText = "(SCT-0025)" });
        await Expect(history).ToContainTextAsync(DemoMerger.PredecessorName);
        await Expect(history).Not.ToContainTextAsync("Chuyển từ");
        await Expect(history).Not.ToContainTextAsync(DemoSeeder.DepartmentName);
    }
}
