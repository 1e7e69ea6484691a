using System.Text;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.E2E.Planning;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Plans;

/// <summary>
/// Issue 6 in a real browser, from the proposed list of a closed round: staff builds the dossier by uploading its six
/// items, sees a CV older than 6 months flagged and refused at approval (R-DOS-2), renews it, records the political
/// appraisal and the approval; the plan is effective from the signing date (R-EFF-1); an appointment one day before
/// the 3-month wait is over is refused (R-PRI-8).
/// </summary>
public sealed class DossierToPlanInBrowserTests(ClosedRoundBrowserApp app) : IClassFixture<ClosedRoundBrowserApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Fact]
    public async Task StaffBuildsDossier_StaleCvFlagged_Approves_PlanEffective_EarlyAppointmentRefused()
    {
        await using var session = await app.OpenAsync(nameof(DossierToPlanInBrowserTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Hồ sơ & phê duyệt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rà soát, bổ sung quy hoạch năm 2022" }).ClickAsync();
        await Expect(page.Locator(".round-dossiers tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".round-dossiers")).ToContainTextAsync("Chưa đủ");
        await page.Locator(".round-dossiers tbody th a").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("(SCT-0015)");
        var dossier = new Uri(page.Url).AbsolutePath;

        // Six items; the CV (item 2) is dated 15/05/2022: valid through 15/11/2022, stale for a meeting on 30/11/2022.
        string[] dates = ["10/04/2022", "15/05/2022", "01/11/2022", "01/11/2022", "01/11/2022", "01/11/2022"];
        for (var item = 1; item <= 6; item++)
        {
            await UploadAsync(page, item, dates[item - 1], $"thanh-phan-{item}.pdf");
        }

        await page.GetByLabel("Ngày cấp có thẩm quyền xem xét (dd/MM/yyyy)").FillAsync("30/11/2022");
        await page.GetByLabel("Ngày nhận đủ hồ sơ (dd/MM/yyyy)").FillAsync("25/11/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu ngày" }).ClickAsync();
        await Expect(page.Locator(".dossier-item-stale")).ToContainTextAsync("Quá 6 tháng (R-DOS-2)");
        await Expect(page.Locator(".dossier-item-stale")).ToContainTextAsync("15/11/2022");
        await Expect(page.Locator("#tinh-trang-ho-so")).ToContainTextAsync("quá thời hạn");

        await page.GetByLabel("Đạt tiêu chuẩn chính trị", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Ngày thẩm định (dd/MM/yyyy)").FillAsync("28/11/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết luận thẩm định" }).ClickAsync();
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Đạt tiêu chuẩn chính trị ngày 28/11/2022");

        // Approval with the stale CV is refused and nothing changes.
        await page.Locator(".breadcrumb a").Nth(1).ClickAsync();
        await ApproveAsync(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("quá thời hạn vào ngày xem xét 30/11/2022 (R-DOS-2)");
        await Expect(page.Locator(".round-dossiers")).ToContainTextAsync("1 giấy tờ quá 6 tháng");

        // A CV dated 01/11/2022 replaces it (the old file is kept); now the dossier is ready and is approved.
        await page.GotoAsync(dossier);
        await UploadAsync(page, 2, "01/11/2022", "so-yeu-ly-lich-moi.pdf");
        await Expect(page.Locator(".dossier-item-stale")).ToHaveCountAsync(0);
        await Expect(page.Locator(".dossier-items")).ToContainTextAsync("bản cũ");
        await Expect(page.Locator("#tinh-trang-ho-so")).ToContainTextAsync("Đủ thành phần, còn thời hạn");
        await page.Locator(".breadcrumb a").Nth(1).ClickAsync();
        await ApproveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Quyết định số 15-QĐ/SCT");
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Từ ngày ký 30/11/2022 (R-EFF-1)");
        await Expect(page.Locator(".decision-entries")).ToContainTextAsync("(SCT-0015)");
        var name = (await page.Locator(".decision-entries tbody th").InnerTextAsync()).Replace(" (SCT-0015)", "", StringComparison.Ordinal);

        // The decision opens in Word: number, effect from the signing date, the annex naming the cadre; the PDF list too.
        var (paragraphs, rows) = OfficeFiles.Word(await ConferenceSteps.DownloadAsync(page, "Tải quyết định (DOCX)", "quyet-dinh-phe-duyet-15-qd-sct.docx"));
        Assert.Contains(paragraphs, p => p.Contains("QUYẾT ĐỊNH", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("15-QĐ/SCT", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("30/11/2022", StringComparison.Ordinal) || p.Contains("ngày 30 tháng 11 năm 2022", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(name, StringComparison.Ordinal));
        var pdf = await File.ReadAllBytesAsync(await ConferenceSteps.DownloadAsync(page, "Tải danh sách trích ngang (PDF)", "danh-sach-trich-ngang-15-qd-sct.pdf"));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));

        // The plan the day before the signature, and on it. (The day before, the plan holds only the Nam Định
        // department's 2022 entries, the working unit's history since the demo merger: not this cadre.)
        await page.GotoAsync("/quy-hoach?ngay=29/11/2022");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("29/11/2022");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("(SCT-0015)");
        await page.GotoAsync("/quy-hoach?ngay=30/11/2022");
        var line = page.Locator(".plan-lines tbody tr", new() { HasText = "(SCT-0015)" });
        await Expect(line).ToContainTextAsync("15-QĐ/SCT");
        await Expect(line).ToContainTextAsync("01/03/2023");

        // 28/02/2023 is one day before the wait is over: refused, the plan unchanged.
        // The cadre is found by name and picked from the matches, the title from the list: no code typed.
        await page.GetByLabel("Tìm cán bộ theo họ tên, mã hoặc đơn vị (không cần gõ dấu)").FillAsync(name);
        await page.Locator("#tim-bo-nhiem").GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await page.WaitForURLAsync("**tim-bo-nhiem=**");
        await page.Locator("#bo-nhiem-lua-chon").GetByLabel(name, new() { Exact = false }).First.CheckAsync();
        await page.GetByLabel("Chức danh bổ nhiệm").SelectOptionAsync(new SelectOptionValue { Label = "Trưởng phòng và tương đương" });
        await page.GetByLabel("Ngày bắt đầu quy trình bổ nhiệm (dd/MM/yyyy)").FillAsync("28/02/2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận bổ nhiệm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("sớm nhất từ ngày 01/03/2023 mới bắt đầu quy trình bổ nhiệm được (R-PRI-8)");
        await page.GotoAsync("/quy-hoach?ngay=01/03/2023");
        await Expect(page.Locator(".plan-lines")).ToContainTextAsync("(SCT-0015)");
    }

    private static async Task UploadAsync(IPage page, int item, string date, string fileName)
    {
        await page.GetByLabel("Thành phần", new() { Exact = true }).SelectOptionAsync(item.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Ngày của văn bản (dd/MM/yyyy)").FillAsync(date);
        await page.GetByLabel("Tệp (PDF, PNG, JPEG hoặc DOCX, tối đa 10 MB)").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.Locator(".dossier-items")).ToContainTextAsync(fileName);
    }

    private static async Task ApproveAsync(IPage page)
    {
        await page.GetByLabel("Số quyết định").First.FillAsync("15-QĐ/SCT");
        await page.GetByLabel("Ngày ký (dd/MM/yyyy)").First.FillAsync("30/11/2022");
        await page.GetByLabel("Người ký").First.FillAsync("Trần Văn Minh");
        await page.GetByLabel("Chức vụ người ký").First.FillAsync("Giám đốc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt quy hoạch" }).ClickAsync();
    }
}
