using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.E2E.Planning;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Reports;

/// <summary>
/// Staff, a leader and an inspector open the five reports of the demo from the menu: each chart is an SVG drawn on
/// the server with its Vietnamese title as text; a figure leads to the list it counts; the XLSX and the PDF downloaded
/// from the page carry the page's number, and the PDF embeds its fonts.
/// </summary>
public sealed class ReportsInBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly (string Report, string Chart)[] Reports =
    [
        ("Bao phủ quy hoạch theo chức danh", "Đương nhiệm và quy hoạch theo chức danh"),
        ("Làn sóng nghỉ hưu 10 năm tới", "Số người đến tuổi nghỉ hưu theo năm"),
        ("Tiến độ quy hoạch: đợt, hồ sơ, phê duyệt, bổ nhiệm", "Tiến độ các bước của đợt quy hoạch"),
        ("Chất lượng đội ngũ quy hoạch", "Trình độ lý luận chính trị: cán bộ quy hoạch và người đương nhiệm"),
        ("Cơ cấu đội ngũ quy hoạch", "Cơ cấu cán bộ quy hoạch so với chỉ tiêu"),
    ];

    [Theory]
    [InlineData(AppRoles.Staff)]
    [InlineData(AppRoles.Leader)]
    [InlineData(AppRoles.Inspector)]
    public async Task Role_OpensEachReport_SvgChartInVietnamese_FollowsAFigure_DownloadsXlsxAndPdfWithThePagesNumber(string role)
    {
        await using var session = await app.OpenAsync($"{nameof(ReportsInBrowserTests)}-{role}");
        var page = session.Page;
        await session.SignInAsAsync(role);
        await page.Locator("nav.sidenav").GetByRole(AriaRole.Link, new() { Name = "Báo cáo", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo quy hoạch");
        foreach (var (report, chart) in Reports)
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Các báo cáo" }).GetByRole(AriaRole.Link, new() { Name = report }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(report);
            var svg = page.Locator("figure.report-chart svg");
            await Expect(svg).ToBeVisibleAsync();
            await Expect(svg.Locator("text", new() { HasTextString = chart })).ToHaveCountAsync(1);
        }

        // The demo's plan misses a structure target: no woman among the three planned Phó trưởng phòng (R-STR-2).
        await Expect(page.Locator("#bang-co-cau")).ToContainTextAsync("chưa đạt, thiếu 1 người");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Các báo cáo" }).GetByRole(AriaRole.Link, new() { Name = Reports[0].Report }).ClickAsync();
        var figure = page.Locator("a.report-figure[href*='chi-so=can-bo-quy-hoach']").First;
        var count = int.Parse((await figure.TextContentAsync())!, CultureInfo.InvariantCulture);
        Assert.True(count > 0, "the demo's plan has planned cadres");
        var xlsx = OfficeFiles.Excel(await ConferenceSteps.DownloadAsync(page, "Tải báo cáo (XLSX)", "bao-cao-bao-phu.xlsx"));
        Assert.Contains(xlsx["Chỉ số"], r => r.EndsWith($"| Cán bộ trong quy hoạch | {count}", StringComparison.Ordinal));
        var pdf = await ConferenceSteps.DownloadAsync(page, "Tải báo cáo (PDF)", "bao-cao-bao-phu.pdf");
        Assert.Matches($@"Cán bộ trong quy hoạch\s+{count}\b", Poppler("pdftotext", pdf, "-layout", "-"));
        var fonts = Poppler("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));

        await figure.ClickAsync();
        await Expect(page.Locator("#so-nguoi")).ToHaveTextAsync(count.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#danh-sach tbody tr")).ToHaveCountAsync(count);

        // The quality report: its figures as downloaded equal the page's, and a figure leads to its list.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Các báo cáo" }).GetByRole(AriaRole.Link, new() { Name = Reports[3].Report }).ClickAsync();
        var advanced = page.Locator("#bang-llct tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "Cao cấp" }) });
        var planned = advanced.Locator("a.report-figure").First;
        var llct = int.Parse((await planned.TextContentAsync())!, CultureInfo.InvariantCulture);
        var qualityXlsx = OfficeFiles.Excel(await ConferenceSteps.DownloadAsync(page, "Tải báo cáo (XLSX)", "bao-cao-chat-luong.xlsx"));
        Assert.Contains(qualityXlsx["Chỉ số"], r => r.EndsWith($"| Cán bộ quy hoạch — lý luận chính trị: cao cấp | {llct}", StringComparison.Ordinal));
        var qualityPdf = await ConferenceSteps.DownloadAsync(page, "Tải báo cáo (PDF)", "bao-cao-chat-luong.pdf");
        Assert.Contains("Chất lượng đội ngũ quy hoạch", Poppler("pdftotext", qualityPdf, "-layout", "-"), StringComparison.Ordinal);
        await planned.ClickAsync();
        await Expect(page.Locator("#so-nguoi")).ToHaveTextAsync(llct.ToString(CultureInfo.InvariantCulture));

        // The incumbents' figure of a line is counted without names; its list names each of them with the title held.
        await page.GoBackAsync();
        var held = page.Locator("#bang-llct a.report-figure[href*='chi-so=dn-']", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^[1-9]") }).First;
        var incumbents = int.Parse((await held.TextContentAsync())!, CultureInfo.InvariantCulture);
        await held.ClickAsync();
        await Expect(page.Locator("#so-nguoi")).ToHaveTextAsync(incumbents.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#danh-sach tbody tr")).ToHaveCountAsync(incumbents);
        await Expect(page.Locator("#danh-sach tbody tr").First).ToContainTextAsync("Đương nhiệm: ");
    }

    /// <summary>What a poppler tool (pdftotext, pdffonts) prints for the PDF at <paramref name="path"/>.</summary>
    private static string Poppler(string tool, string path, params string[] after)
    {
        var start = new ProcessStartInfo(tool, [path, .. after]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} (poppler-utils) không chạy được.");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
