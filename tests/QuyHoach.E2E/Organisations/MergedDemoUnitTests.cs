using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Organisations;

/// <summary>The demo with its merger applied: Sở Công Thương tỉnh Nam Định merged into Ninh Bình's on 01/07/2025.</summary>
public sealed class MergedDemoBrowserApp : BrowserApp
{
    protected override Task PrepareAsync(QuyHoachAppFactory app) => DemoMerger.ApplyAsync(app.Services, CancellationToken.None);
}

/// <summary>
/// R-ORG-3 in a real browser: the old department's staff read the plan approved in 2022 under Nam Định's department
/// as of 30/06/2025, and from 01/07/2025 under Ninh Bình's, each carried line saying where it came from.
/// </summary>
public sealed class MergedDemoUnitTests(MergedDemoBrowserApp app) : IClassFixture<MergedDemoBrowserApp>
{
    [Fact]
    public async Task MergedDemoUnit_PlanUnderNewName_WithItsHistory()
    {
        await using var session = await app.OpenAsync(nameof(MergedDemoUnitTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);

        await page.GotoAsync("/quy-hoach?ngay=01/07/2025");
        var carried = page.Locator(".plan-lines tbody tr", new() { HasText = "(SCT-0025)" });
        await Expect(carried).ToContainTextAsync(DemoMerger.DepartmentName);
        await Expect(carried).ToContainTextAsync("Chuyển từ Sở Công Thương tỉnh Nam Định từ ngày 01/07/2025");
        await Expect(carried).ToContainTextAsync(DemoMerger.DecisionNumber);

        await page.GotoAsync("/quy-hoach?ngay=30/06/2025");
        var history = page.Locator(".plan-lines tbody tr", new() { HasText = "(SCT-0025)" });
        await Expect(history).ToContainTextAsync("Sở Công Thương tỉnh Nam Định");
        await Expect(history).Not.ToContainTextAsync("Chuyển từ");
        await Expect(history).Not.ToContainTextAsync(DemoMerger.DepartmentName);
    }
}
