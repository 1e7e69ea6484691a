using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Walk.DepartmentWalkPage;

namespace QuyHoach.E2E.Walk;

/// <summary>Closing the round, the dossiers of the proposed (R-DOS-1), the province's approval and the plan page.</summary>
public sealed partial class DepartmentReviewWalkTests
{
    private const string DecisionNumber = "1250-QĐ/TU";

    /// <summary>The province's leader (Ban Thường vụ Tỉnh ủy) who records the approval; the demo seats him as lanhdaotinh.</summary>
    private const string ProvinceLeader = "lanhdaotinh";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    /// <summary>The two proposed: the first of step 4 and the one the head chose.</summary>
    private static (string Name, int Born)[] Proposed => [Candidates[0], Candidates[2]];

    /// <summary>Staff closes the round once the head's choice is recorded; every step is done on its meeting day, on time.</summary>
    private static async Task CloseAsync(IPage page, string round, DepartmentWalkPage walk)
    {
        await MenuAsync(page, "Đợt quy hoạch");
        await page.GetByRole(AriaRole.Link, new() { Name = RoundName }).First.ClickAsync();
        Assert.Equal(round, new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("Tôi xác nhận kết thúc đợt quy hoạch", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã kết thúc đợt quy hoạch." })).ToBeVisibleAsync();
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Đã kết thúc");
        for (var step = 1; step <= 4; step++)
        {
            await Expect(page.Locator($"#buoc-{step}")).ToContainTextAsync($"Hoàn thành ngày 0{(4 + step).ToString(CultureInfo.InvariantCulture)}/04/2022");
            await Expect(page.Locator($"#buoc-{step}")).ToContainTextAsync("Đúng hạn");
        }

        await Expect(page.Locator(".planning-overdue")).ToHaveCountAsync(0);
        await walk.ShotAsync(page, "ket-thuc-dot", "#cac-buoc");
    }

    /// <summary>
    /// Staff fills each proposed cadre's dossier: the six items of R-DOS-1 dated 15/04/2022 (fresh on 10/05/2022, R-DOS-2),
    /// the dates of consideration and of the complete file, and the political appraisal (R-DOS-3).
    /// </summary>
    private static async Task DossiersAsync(IPage page, DepartmentWalkPage walk)
    {
        await MenuAsync(page, "Hồ sơ & phê duyệt");
        await page.GetByRole(AriaRole.Link, new() { Name = RoundName }).First.ClickAsync();
        await Expect(page.Locator(".round-dossiers tbody tr")).ToHaveCountAsync(Proposed.Length);
        var first = true;
        foreach (var (name, _) in Proposed)
        {
            await page.Locator(".round-dossiers").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
            for (var item = 1; item <= 6; item++)
            {
                await UploadAsync(page, item);
            }

            await page.GetByLabel("Ngày cấp có thẩm quyền xem xét (dd/MM/yyyy)").FillAsync("10/05/2022");
            await page.GetByLabel("Ngày nhận đủ hồ sơ (dd/MM/yyyy)").FillAsync("20/04/2022");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu ngày" }).ClickAsync();
            await Expect(page.Locator("#tinh-trang-ho-so")).ToContainTextAsync("Đủ thành phần, còn thời hạn");
            await page.GetByLabel("Đạt tiêu chuẩn chính trị", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Ngày thẩm định (dd/MM/yyyy)").FillAsync("25/04/2022");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết luận thẩm định" }).ClickAsync();
            await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Đạt tiêu chuẩn chính trị ngày 25/04/2022");
            if (first)
            {
                await walk.ShotAsync(page, "ho-so-can-bo");
                first = false;
            }

            await page.Locator(".breadcrumb a").Nth(1).ClickAsync();
        }

        await Expect(page.Locator(".round-dossiers")).Not.ToContainTextAsync("Chưa đủ");
        await walk.ShotAsync(page, "ho-so-cua-dot");
    }

    private static async Task UploadAsync(IPage page, int item)
    {
        await ChooseAsync(page, "Thành phần", $"{item.ToString(CultureInfo.InvariantCulture)}. ");
        await page.GetByLabel("Ngày của văn bản (dd/MM/yyyy)").FillAsync("15/04/2022");
        var file = $"thanh-phan-{item.ToString(CultureInfo.InvariantCulture)}.pdf";
        await page.GetByLabel("Tệp (PDF, PNG, JPEG hoặc DOCX, tối đa 10 MB)").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.Locator(".dossier-items")).ToContainTextAsync(file);
    }

    /// <summary>
    /// The province's leader (the authority's unit, R-AUTH-1) signs in with the authenticator code, records the
    /// decision of the Ban Thường vụ Tỉnh ủy signed on 10/05/2022 and opens the plan as of that day: both proposed are
    /// in it from the signing date (R-EFF-1).
    /// </summary>
    private async Task ApproveAsync(DepartmentWalkPage walk)
    {
        await using var leader = await app.OpenAsync(Name + ".Approval");
        await leader.SignInAsync(ProvinceLeader, QuyHoachAppFactory.DemoPassword);
        var page = leader.Page;

        // The dossiers waiting for a decision are on the leader's dashboard (their 30 working days ran out in 2022).
        var due = page.Locator("ul[aria-labelledby=quyet-dinh-den-han] a");
        await Expect(due).ToHaveCountAsync(Proposed.Length);
        await Expect(due.First).ToContainTextAsync($"{RoundName}: phê duyệt quy hoạch");
        await Expect(due.First).ToContainTextAsync("hạn 03/06/2022");
        await due.First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ và phê duyệt: {RoundName}");
        await page.GetByLabel("Số quyết định").First.FillAsync(DecisionNumber);
        await page.GetByLabel("Ngày ký (dd/MM/yyyy)").First.FillAsync("10/05/2022");
        await page.GetByLabel("Người ký").First.FillAsync(DemoSeeder.Accounts.Single(a => a.UserName == ProvinceLeader).FullName);
        await page.GetByLabel("Chức vụ người ký").First.FillAsync("Phó Bí thư Thường trực Tỉnh ủy");
        await walk.ShotAsync(page, "phe-duyet", "#phe-duyet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt quy hoạch" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Quyết định số {DecisionNumber}");
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("10/05/2022");
        foreach (var (name, _) in Proposed)
        {
            await Expect(page.Locator(".decision-entries")).ToContainTextAsync(name);
        }

        await walk.ShotAsync(page, "quyet-dinh-phe-duyet");

        await MenuAsync(page, "Quy hoạch");
        await page.GetByLabel("Tại ngày (dd/MM/yyyy)").FillAsync("10/05/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        foreach (var (name, _) in Proposed)
        {
            var line = page.Locator(".plan-lines tbody tr", new() { HasText = name });
            await Expect(line).ToContainTextAsync(DecisionNumber);
            await Expect(line).ToContainTextAsync("Phó Giám đốc Sở");
        }

        await Expect(page.Locator(".plan-lines")).Not.ToContainTextAsync(Candidates[1].Name);
        await walk.ShotAsync(page, "quy-hoach-da-phe-duyet");
    }
}
