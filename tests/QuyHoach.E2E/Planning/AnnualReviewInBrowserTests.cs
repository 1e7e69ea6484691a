using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Planning;

/// <summary>
/// Seed 001's annual review in a real browser, by keyboard-usable forms only: staff creates the 4-step round, builds
/// the source list and opens the key-cadre conference; two counters enter one tally each with one mismatch, which is
/// resolved; a delegate (outside the counting committee) sees the sealed line and no count.
/// </summary>
public sealed class AnnualReviewInBrowserTests(PlanningBrowserApp app) : IClassFixture<PlanningBrowserApp>
{
    private const string Name = nameof(AnnualReviewInBrowserTests);

    [Fact]
    public async Task StaffCreatesRound_CountersEnterMismatchAndResolve_DelegateSeesSealedResult()
    {
        var conference = await StaffPreparesAsync();
        await EnterTallyAsync(QuyHoachAppFactory.DemoAccountFor(AppRoles.Counter).UserName, conference, 2, ".CounterA");
        await using (var second = await EnterTallyAsync(PlanningBrowserApp.SecondCounter, conference, 1, ".CounterB", keepOpen: true))
        {
            var page = second!.Page;
            await Expect(page.Locator("body")).ToContainTextAsync("Hai lần nhập chênh lệch ở: Đồng ý: ");
            await page.GetByLabel("Lần nhập của kiemphieu", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Đối chiếu phiếu gốc: 2 phiếu đồng ý");
            await page.GetByRole(AriaRole.Button, new() { Name = "Giải quyết chênh lệch" }).ClickAsync();
            await Expect(page.Locator("body")).ToContainTextAsync("Đã đối chiếu khớp");
            await page.GetByLabel("Tôi xác nhận biên bản đã đối chiếu", new() { Exact = false }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tính kết quả" }).ClickAsync();
            await Expect(page.Locator(".planning-results table")).ToContainTextAsync("Đạt");
            await Expect(page.Locator(".planning-results")).ToContainTextAsync("cần ít nhất 3 phiếu đồng ý");
        }

        await using var outsider = await app.OpenAsync(Name + ".Delegate");
        await outsider.SignInAsAsync(AppRoles.Delegate);
        await outsider.Page.GotoAsync(conference);
        await Expect(outsider.Page.Locator(".planning-results")).ToContainTextAsync("Kết quả kiểm phiếu không công bố tại hội nghị");
        await Expect(outsider.Page.Locator("body")).Not.ToContainTextAsync("Đồng ý");
        await Expect(outsider.Page.Locator(".planning-results table")).ToHaveCountAsync(0);
    }

    private async Task<string> StaffPreparesAsync()
    {
        await using var session = await app.OpenAsync(Name + ".Staff");
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Đợt quy hoạch" }).ClickAsync();
        await page.GetByLabel("Tên đợt").FillAsync("Rà soát, bổ sung quy hoạch năm 2022");
        await page.GetByLabel("Loại đợt").SelectOptionAsync("annual-review");
        await page.GetByLabel("Cấp có thẩm quyền phê duyệt").SelectOptionAsync("NDI-SCT-DQL");
        await page.GetByLabel("Nhiệm kỳ").SelectOptionAsync("2020-2025");
        await page.GetByLabel("Tháng tham chiếu (MM/yyyy)").FillAsync("04/2022");
        await page.GetByLabel("Bộ quy tắc").SelectOptionAsync("qd50-nam-dinh");
        await page.Locator("#quota-SCT-TP").FillAsync("2");
        await page.GetByLabel("Hạn bước 4").FillAsync("10/04/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo đợt quy hoạch" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã tạo đợt quy hoạch");
        await Expect(page.Locator(".planning-steps tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator(".planning-steps")).ToContainTextAsync("Quá hạn");

        foreach (var code in (string[])["SCT-0015", "SCT-0016", "SCT-0017"])
        {
            await page.Locator("#nguon-ma").FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
            await Expect(page.Locator(".planning-source")).ToContainTextAsync(code);
        }

        await page.Locator("#nguon-ma").FillAsync("SCT-0013");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cần ghi lý do bổ sung vào danh sách nguồn");

        await page.GetByLabel("Ngày họp (dd/MM/yyyy)").First.FillAsync("05/04/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở hội nghị bước 1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bước 1");
        await page.Locator(".breadcrumb a").First.ClickAsync();
        await page.Locator("#ngay-hop-2").FillAsync("06/04/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở hội nghị bước 2" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bước 2");

        await page.GetByLabel("Tên đăng nhập của các thành viên").FillAsync("kiemphieu, " + PlanningBrowserApp.SecondCounter);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu tổ kiểm phiếu" }).ClickAsync();
        var boxes = page.Locator("input[name=co-mat]");
        for (var i = 0; i < 8; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Expect(page.Locator("#so-luong")).ToContainTextAsync("Có mặt 8/11");
        await Expect(page.Locator("#so-luong")).ToContainTextAsync("Đủ số lượng");
        return new Uri(page.Url).AbsolutePath;
    }

    private async Task<BrowserSession?> EnterTallyAsync(string userName, string conference, int lastAgree, string suffix, bool keepOpen = false)
    {
        var session = await app.OpenAsync(Name + suffix);
        var page = session.Page;
        await session.SignInAsync(userName, QuyHoachAppFactory.DemoPassword);
        await page.GotoAsync(conference);
        await page.GetByLabel("Số phiếu phát ra").FillAsync("8");
        await page.GetByLabel("Số phiếu thu vào").FillAsync("8");
        await page.GetByLabel("Số phiếu hợp lệ").FillAsync("8");
        await page.GetByLabel("Số phiếu không hợp lệ").FillAsync("0");
        var agree = page.Locator("input[name^=dong-y-]");
        int[] values = [5, 3, lastAgree];
        for (var i = 0; i < values.Length; i++)
        {
            await agree.Nth(i).FillAsync(values[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu biên bản" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã lưu.");
        if (keepOpen)
        {
            return session;
        }

        await session.DisposeAsync();
        return null;
    }
}
