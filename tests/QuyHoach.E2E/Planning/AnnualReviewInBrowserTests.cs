using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Planning.ConferenceSteps;

namespace QuyHoach.E2E.Planning;

/// <summary>
/// The department's annual review (Kế hoạch 331/KH-SCT) in a real browser, from the source list to the proposed list, by the page forms only:
/// staff creates the 4-step round, builds the source list and opens each step's conference; two counters enter one
/// tally each (one mismatch at step 2, resolved); a delegate outside the counting committee sees the sealed line of
/// steps 2 and 3 and the announced counts of step 4; the final ballot ties for the last place of the quota, closing is
/// refused until the head's decision is recorded; then the round closes and the minutes, summary and proposed list are
/// downloaded from the page links and reopened.
/// </summary>
public sealed partial class AnnualReviewInBrowserTests(PlanningBrowserApp app) : IClassFixture<PlanningBrowserApp>
{
    private const string Name = nameof(AnnualReviewInBrowserTests);

    // The three candidates of the source list (SCT-0015, SCT-0016, SCT-0017), as the pages name them.
    private const string Hai = "Hoàng Xuân Hải";
    private const string Quang = "Lê Minh Quang";
    private const string Hang = "Ngô Thị Minh Hằng";

    [Fact]
    public async Task StaffRunsTheFourSteps_CountersResolveMismatch_HeadBreaksTie_DocumentsOpen()
    {
        await using var staff = await app.OpenAsync(Name + ".Staff");
        await using var counterA = await app.OpenAsync(Name + ".CounterA");
        await using var counterB = await app.OpenAsync(Name + ".CounterB");
        await using var outsider = await app.OpenAsync(Name + ".Delegate");
        await staff.SignInAsAsync(AppRoles.Staff);
        await counterA.SignInAsAsync(AppRoles.Counter);
        await counterB.SignInAsync(PlanningBrowserApp.SecondCounter, QuyHoachAppFactory.DemoPassword);
        await outsider.SignInAsAsync(AppRoles.Delegate);

        var round = await CreateRoundWithSourceListAsync(staff.Page);
        var keyCadres = await OpenAsync(staff.Page, round, 2, "06/04/2022");
        await PrepareAsync(staff.Page, present: 8, convened: 11);
        await KeyCadresWithMismatchAsync(counterA.Page, counterB.Page, keyCadres);
        await SeesSealedAsync(outsider.Page, keyCadres);

        // Step 3, tập thể lãnh đạo mở rộng: > 50 % of the 8 present, so 5 is the least that passes.
        var extended = await OpenAsync(staff.Page, round, 3, "07/04/2022");
        await PrepareAsync(staff.Page, present: 8, convened: 11);
        await EnterTallyAsync(counterA.Page, extended, 8, 7, 6, 5);
        await EnterTallyAsync(counterB.Page, extended, 8, 7, 6, 5);
        await ComputeAsync(counterB.Page, extended);
        await Expect(counterB.Page.Locator(".planning-results")).ToContainTextAsync("Có mặt 8/11; cần ít nhất 5 phiếu đồng ý");
        await Expect(Cells(counterB.Page, Hang)).ToHaveTextAsync(["5", "Đạt", "–"]);
        await SeesSealedAsync(outsider.Page, extended);

        await FinalWithTieAsync(staff, counterA.Page, counterB.Page, outsider.Page, round);
    }

    private static async Task<string> CreateRoundWithSourceListAsync(IPage page)
    {
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
        await Expect(page.Locator(".planning-steps > li")).ToHaveCountAsync(4);
        await Expect(page.Locator(".planning-steps")).ToContainTextAsync("Quá hạn");

        foreach (var code in (string[])["SCT-0015", "SCT-0016", "SCT-0017"])
        {
            await PickAsync(page, code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
            await Expect(page.Locator(".planning-source")).ToContainTextAsync(code);
        }

        await PickAsync(page, "SCT-0013");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cần ghi lý do bổ sung vào danh sách nguồn");

        var round = new Uri(page.Url).AbsolutePath;
        await OpenAsync(page, round, 1, "05/04/2022");
        await AttendAsync(page, 5);
        return round;
    }

    /// <summary>Chooses a cadre for the source list with the search-as-you-type picker (never a typed code field).</summary>
    private static async Task PickAsync(IPage page, string search)
    {
        await page.Locator("#tim-nguon-tim").FillAsync(search);
        await page.Locator("#nguon-lua-chon input[type=radio]").First.CheckAsync();
    }

    /// <summary>Step 2, hội nghị cán bộ chủ chốt: the counters differ on one line; the second picks the first's entry.</summary>
    private static async Task KeyCadresWithMismatchAsync(IPage counterA, IPage counterB, string conference)
    {
        await EnterTallyAsync(counterA, conference, 8, 5, 4, 3);
        await EnterTallyAsync(counterB, conference, 8, 5, 4, 2);
        await Expect(counterB.Locator("body")).ToContainTextAsync("Hai lần nhập chênh lệch ở: Đồng ý: ");
        await counterB.GetByLabel("Lần nhập của Phạm Minh Đức", new() { Exact = true }).CheckAsync();
        await counterB.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Đối chiếu phiếu gốc: 3 phiếu đồng ý");
        await counterB.GetByRole(AriaRole.Button, new() { Name = "Giải quyết chênh lệch" }).ClickAsync();
        await ComputeAsync(counterB, conference);

        // ≥ 30 % of the 8 present: 2.4, so 3 is the least that passes; the resolved line (3, not 2) passes.
        await Expect(counterB.Locator(".planning-results")).ToContainTextAsync("cần ít nhất 3 phiếu đồng ý");
        await Expect(Cells(counterB, Hang)).ToHaveTextAsync(["3", "Đạt", "–"]);
        await Expect(Cells(counterB, Hai)).ToHaveTextAsync(["5", "Đạt", "–"]);
    }

    /// <summary>A delegate, in scope but outside the counting committee, sees the ballot lines and no count (R-DISC-1).</summary>
    private static async Task SeesSealedAsync(IPage page, string conference)
    {
        await page.GotoAsync(conference);
        await Expect(page.Locator(".planning-candidates")).ToContainTextAsync(Hang);
        await Expect(page.Locator(".planning-results")).ToContainTextAsync("Kết quả kiểm phiếu không công bố tại hội nghị");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Đồng ý");
        await Expect(page.Locator(".planning-results table")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản kiểm phiếu", Exact = false })).ToHaveCountAsync(0);
    }
}
