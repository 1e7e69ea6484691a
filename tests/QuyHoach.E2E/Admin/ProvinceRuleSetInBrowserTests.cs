using System.Text;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Admin;

/// <summary>
/// Rule sets an administrator maintains, in a browser (R-REG-4): the administrator uploads a province set that extends
/// QĐ 377 and raises one number (the months of service left that a current-term addition requires, R-AGE-2), sees that
/// one difference against QĐ 377, and activates it; an officer then screens two demo cadres under it: one whose months
/// left lie between the two floors loses eligibility, the other's verdict stays as it was.
/// </summary>
public sealed class ProvinceRuleSetInBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Plan = "Kế hoạch 12-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy";

    private const string Province = $$"""
        {
          "id": "qd377-tinh-thu",
          "version": "2026.1",
          "extends": "qd377",
          "citations": ["{{Plan}}"],
          "ageFloors": { "currentTermAdditionMonths": 180 }
        }
        """;

    /// <summary>A demo cadre (by code, not by unit or province name) with 126 months of service left at 04/2026: between
    /// QĐ 377's 72 and the province's 180.</summary>
    private const string Changed = "SCT-0037";

    /// <summary>A demo cadre with 375 months left at 04/2026: above both floors.</summary>
    private const string Unchanged = "SCT-0029";

    [Fact]
    public async Task Admin_UploadsSeesDifferenceActivates_OfficerSeesOnlyThatVerdictChange()
    {
        await using (var admin = await app.OpenAsync(nameof(ProvinceRuleSetInBrowserTests) + ".Admin"))
        {
            var page = admin.Page;
            await admin.SignInAsAsync(AppRoles.Admin);
            await page.GotoAsync("/quan-tri/bo-quy-tac");
            await page.GetByLabel("Tệp bộ quy tắc (.json, tối đa 512 KB)").SetInputFilesAsync(new FilePayload
            {
                Name = "bo-quy-tac-tinh.json",
                MimeType = "application/json",
                Buffer = Encoding.UTF8.GetBytes(Province),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Plan);
            await Expect(page.Locator("#trang-thai")).ToHaveTextAsync("Chưa áp dụng");
            // One number differs; the other line of the table is the set's own documents (its plan added to QĐ 377's).
            var rows = page.Locator("#khac-biet tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Filter(new() { HasText = "Văn bản của bộ quy tắc" })).ToContainTextAsync(Plan);
            var difference = rows.Filter(new() { HasNotText = "Văn bản của bộ quy tắc" });
            await Expect(difference).ToHaveCountAsync(1);
            await Expect(difference).ToContainTextAsync("Bổ sung quy hoạch nhiệm kỳ hiện tại: thời gian công tác còn lại tối thiểu (tháng)");
            await Expect(difference.Locator("td").Nth(1)).ToContainTextAsync("72");
            await Expect(difference.Locator("td").Nth(2)).ToContainTextAsync("180");

            await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng phiên bản này" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã áp dụng phiên bản này.");
            await Expect(page.Locator("#trang-thai")).ToHaveTextAsync("Đang áp dụng");
        }

        await using var officer = await app.OpenAsync(nameof(ProvinceRuleSetInBrowserTests) + ".Officer");
        await officer.SignInAsAsync(AppRoles.Staff);
        var (before, after) = await ScreenAsync(officer.Page, Changed);
        Assert.Equal(("Đủ điều kiện kèm nghĩa vụ", "Không đủ điều kiện"), (before, after));
        var (kept, still) = await ScreenAsync(officer.Page, Unchanged);
        Assert.Equal(("Đủ điều kiện kèm nghĩa vụ", "Đủ điều kiện kèm nghĩa vụ"), (kept, still));
    }

    /// <summary>Opens the cadre's profile through the search, screens at 04/2026 under QĐ 377 and then under the
    /// province's set; the outcome of the first current-term verdict under each.</summary>
    private static async Task<(string Before, string After)> ScreenAsync(IPage page, string code)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Cán bộ" }).ClickAsync();
        await page.GetByLabel("Họ tên hoặc mã cán bộ").FillAsync(code);
        await page.GetByLabel("Họ tên hoặc mã cán bộ").PressAsync("Enter");
        await page.Locator("table.table tbody tr td a").First.ClickAsync();

        var outcomes = new List<string>();
        foreach (var ruleSet in (string[])["qd377", "qd377-tinh-thu"])
        {
            await page.Locator("#thang").FillAsync("04/2026");
            await page.Locator("#bo-quy-tac").SelectOptionAsync(ruleSet);
            await page.GetByRole(AriaRole.Button, new() { Name = "Xét", Exact = true }).ClickAsync();
            await Expect(page.Locator("#bo-quy-tac")).ToHaveValueAsync(ruleSet);
            outcomes.Add((await page.Locator("article.verdict[aria-labelledby^='cd-'] .verdict-outcome").First.TextContentAsync())!.Trim());
        }

        return (outcomes[0], outcomes[1]);
    }
}
