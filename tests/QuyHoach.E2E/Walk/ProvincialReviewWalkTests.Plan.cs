using System.Text;
using Microsoft.Playwright;
using QuyHoach.E2E.Planning;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Walk;

/// <summary>After the steps: the two proposed cadres' dossiers, the appraisal, the approval in 08/2023 and the plan.</summary>
public sealed partial class ProvincialReviewWalkTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    /// <summary>
    /// Ban Tổ chức Tỉnh ủy completes each dossier (6 items, appraisal of the political standard, as the province's plan
    /// asks in its mục III.1), then records the Ban Thường vụ's approval signed 25/08/2023 by the Bí thư; the decision
    /// names both proposed cadres.
    /// </summary>
    private async Task DossiersAndApprovalAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Hồ sơ & phê duyệt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = RoundName }).ClickAsync();
        var dossiers = page.Locator(".round-dossiers tbody tr");
        await Expect(dossiers).ToHaveCountAsync(2);
        await Expect(page.Locator(".round-dossiers")).ToContainTextAsync(Trang);
        await Expect(page.Locator(".round-dossiers")).ToContainTextAsync(Yen);
        await Expect(page.Locator(".round-dossiers")).Not.ToContainTextAsync(Quang);
        var list = new Uri(page.Url).AbsolutePath;

        foreach (var name in (string[])[Trang, Yen])
        {
            await page.GotoAsync(list);
            await page.Locator(".round-dossiers tbody th a", new() { HasText = name }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
            for (var item = 0; item < 6; item++)
            {
                await UploadAsync(page, item, "01/08/2023", $"thanh-phan-{item + 1}.pdf");
            }

            await page.GetByLabel("Ngày cấp có thẩm quyền xem xét (dd/MM/yyyy)").FillAsync("25/08/2023");
            await page.GetByLabel("Ngày nhận đủ hồ sơ (dd/MM/yyyy)").FillAsync("10/08/2023");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu ngày" }).ClickAsync();
            await Expect(page.Locator("#tinh-trang-ho-so")).ToContainTextAsync("Đủ thành phần, còn thời hạn");
            await page.GetByLabel("Đạt tiêu chuẩn chính trị", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Ngày thẩm định (dd/MM/yyyy)").FillAsync("15/08/2023");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết luận thẩm định" }).ClickAsync();
            await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Đạt tiêu chuẩn chính trị ngày 15/08/2023");
        }

        await _shots.TakeAsync(page, "ho-so-can-bo", page.Locator("main"));
        await page.GotoAsync(list);
        await page.GetByLabel("Số quyết định").First.FillAsync("125-QĐ/TU");
        await page.GetByLabel("Ngày ký (dd/MM/yyyy)").First.FillAsync("25/08/2023");
        await page.GetByLabel("Người ký").First.FillAsync(_secretary);
        await page.GetByLabel("Chức vụ người ký").First.FillAsync("Bí thư Tỉnh ủy");
        await _shots.TakeAsync(page, "phe-duyet", page.Locator("main"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt quy hoạch" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Quyết định số 125-QĐ/TU");
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Từ ngày ký 25/08/2023 (R-EFF-1)");
        await Expect(page.Locator(".decision-entries")).ToContainTextAsync(Trang);
        await Expect(page.Locator(".decision-entries")).ToContainTextAsync(Yen);
        await _shots.TakeAsync(page, "quyet-dinh", page.Locator("main"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải quyết định (DOCX)" }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        var path = Path.Combine(BrowserSession.RepositoryRoot(), "artifacts", "walk-000", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var (paragraphs, rows) = OfficeFiles.Word(path);
        // A Party document of the Tỉnh ủy (HD 36-HD/VPTW): the Ban Thường vụ decides, the Bí thư signs on its behalf.
        Assert.Contains("TỈNH ỦY " + DemoSeeder.ProvincePlace.ToUpperInvariant(), paragraphs);
        Assert.Contains("BAN THƯỜNG VỤ TỈNH ỦY", paragraphs);
        Assert.Contains("T/M BAN THƯỜNG VỤ", paragraphs);
        Assert.Contains(_secretary, paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("125-QĐ/TU", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(Trang, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(Yen, StringComparison.Ordinal));
    }

    /// <summary>The plan the day before the signature holds neither; from the signing date it holds both (R-EFF-1).</summary>
    private async Task PlanAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Quy hoạch", Exact = true }).ClickAsync();
        await page.GetByLabel("Tại ngày (dd/MM/yyyy)").FillAsync("24/08/2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync(Trang);

        await page.GetByLabel("Tại ngày (dd/MM/yyyy)").FillAsync("25/08/2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        foreach (var name in (string[])[Trang, Yen])
        {
            await Expect(page.Locator(".plan-lines tbody tr", new() { HasText = name })).ToContainTextAsync("125-QĐ/TU");
        }

        await Expect(page.Locator(".plan-lines")).Not.ToContainTextAsync(Quang);
        await _shots.TakeAsync(page, "quy-hoach", page.Locator("main"));
    }

    /// <summary>Uploads item <paramref name="index"/> (chosen by its Vietnamese name in the list) as a small PDF.</summary>
    private static async Task UploadAsync(IPage page, int index, string date, string fileName)
    {
        var items = page.GetByLabel("Thành phần", new() { Exact = true });
        var label = (await items.Locator("option").Nth(index).InnerTextAsync()).Trim();
        await items.SelectOptionAsync(new SelectOptionValue { Label = label });
        await page.GetByLabel("Ngày của văn bản (dd/MM/yyyy)").FillAsync(date);
        await page.GetByLabel("Tệp (PDF, PNG, JPEG hoặc DOCX, tối đa 10 MB)").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.Locator(".dossier-items")).ToContainTextAsync(fileName);
    }
}
