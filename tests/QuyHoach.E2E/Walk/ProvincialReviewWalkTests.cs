using Microsoft.Playwright;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Walk.ProvincialWalkPeople;

namespace QuyHoach.E2E.Walk;

/// <summary>
/// The province's plan (rà soát, bổ sung quy hoạch năm 2023 các chức danh diện Ban Thường vụ Tỉnh ủy quản lý, nhiệm kỳ
/// 2020 - 2025, 2021 - 2026) walked from a fresh demo in a real browser, by the page forms only (no SQL, no API call, no
/// code typed; people chosen by typing their names): the chuyên viên of Ban Tổ chức Tỉnh ủy checks the seated Ban
/// Thường vụ Tỉnh ủy (15) and Ban Chấp hành Đảng bộ tỉnh (50), creates the 4-step round and its source list; step 1
/// (BTV, lần 1) on its due date 27/07/2023; step 2 (hội nghị cán bộ chủ chốt: BCH plus invitees) with a mismatch
/// resolved, sealed to a delegate and an inspector; step 3 (BCH) sealed; step 4 (BTV, lần 2) announced, with a tie for
/// the last seat decided by the Bí thư Tỉnh ủy; close; the dossiers, the approval in 08/2023 and the plan.
/// Every step is screenshotted into artifacts/walk-000/.
/// </summary>
public sealed partial class ProvincialReviewWalkTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Name = nameof(ProvincialReviewWalkTests);
    private const string RoundName = "Rà soát, bổ sung quy hoạch năm 2023 các chức danh diện Ban Thường vụ Tỉnh ủy quản lý";
    private readonly ProvincialWalkShots _shots = new();

    [Fact]
    public async Task ProvinceReviewsItsPlan_FromSeatedBodiesToApprovedPlan_InTheBrowserOnly()
    {
        await using var staff = await app.OpenAsync(Name + ".Staff");
        await using var counterA = await app.OpenAsync(Name + ".CounterA");
        await using var counterB = await app.OpenAsync(Name + ".CounterB");
        await using var delegateSession = await app.OpenAsync(Name + ".Delegate");
        await using var inspector = await app.OpenAsync(Name + ".Inspector");
        await staff.SignInAsync(Staff, QuyHoachAppFactory.DemoPassword);
        await counterA.SignInAsync(CounterA, QuyHoachAppFactory.DemoPassword);
        await counterB.SignInAsync(CounterB, QuyHoachAppFactory.DemoPassword);
        await delegateSession.SignInAsync(DelegateUser, QuyHoachAppFactory.DemoPassword);
        await inspector.SignInAsync(Inspector, QuyHoachAppFactory.DemoPassword);

        await BodiesAsync(staff.Page);
        var round = await CreateRoundAsync(staff.Page);
        await SourceListAsync(staff.Page);
        await StandingFirstAsync(staff.Page, round);
        var keyCadres = await KeyCadresAsync(staff.Page, counterA.Page, counterB.Page, round);
        await SealedAsync(delegateSession.Page, keyCadres, "buoc-2-niem-phong-dai-bieu");
        await SealedAsync(inspector.Page, keyCadres, "buoc-2-niem-phong-kiem-tra");
        var executive = await ExecutiveAsync(staff.Page, counterA.Page, counterB.Page, round);
        await SealedAsync(delegateSession.Page, executive, "buoc-3-niem-phong-dai-bieu");
        await StandingFinalAsync(staff.Page, counterA.Page, counterB.Page, delegateSession.Page, round);
        await CloseAsync(staff.Page, round);
        await DossiersAndApprovalAsync(staff.Page);
        await PlanAsync(staff.Page);
    }

    /// <summary>The province's bodies are seated as the plan needs them: BTV 15 headed by the Bí thư, BCH 50.</summary>
    private async Task BodiesAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tập thể" }).ClickAsync();
        var standing = page.Locator("tr", new() { HasText = "Ban Thường vụ Tỉnh ủy" });
        await Expect(standing.Locator("td")).ToContainTextAsync(["Ban Thường vụ", DemoSeeder.ProvinceName, "15", "15"]);
        var executive = page.Locator("tr", new() { HasText = "Ban Chấp hành Đảng bộ tỉnh" });
        await Expect(executive.Locator("td")).ToContainTextAsync(["Ban Chấp hành", DemoSeeder.ProvinceName, "50", "50"]);
        await _shots.TakeAsync(page, "tap-the", page.Locator("main"));

        await MembersOnAsync(page, "Ban Thường vụ Tỉnh ủy", "27/07/2023", 15);
        var seated = page.Locator("table").First.Locator("tbody tr");
        await Expect(seated.Filter(new() { HasText = "(người đứng đầu)" })).ToContainTextAsync("Bí thư Tỉnh ủy");
        await Expect(seated.Filter(new() { HasText = "Phó Bí thư Tỉnh ủy" })).ToHaveCountAsync(2);
        await _shots.TakeAsync(page, "ban-thuong-vu", page.Locator("main"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Tập thể", Exact = true }).First.ClickAsync();
        await MembersOnAsync(page, "Ban Chấp hành Đảng bộ tỉnh", "03/08/2023", 50);
    }

    private static async Task MembersOnAsync(IPage page, string body, string day, int count)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = body, Exact = true }).ClickAsync();
        await page.GetByLabel("Thành viên vào ngày (dd/MM/yyyy)").FillAsync(day);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(page.Locator("#thanh-vien")).ToHaveTextAsync($"Thành viên vào ngày {day}: {count} người");
    }

    /// <summary>Staff creates the round for Phó Giám đốc Sở (quota 2), choosing every option by its Vietnamese label.</summary>
    private async Task<string> CreateRoundAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Đợt quy hoạch" }).ClickAsync();
        await page.GetByLabel("Tên đợt").FillAsync(RoundName);
        await page.GetByLabel("Loại đợt").SelectOptionAsync(new SelectOptionValue { Label = "Rà soát, bổ sung hằng năm (4 bước)" });
        await page.GetByLabel("Cấp có thẩm quyền phê duyệt").SelectOptionAsync(new SelectOptionValue { Label = "Diện Ban Thường vụ Tỉnh ủy quản lý" });
        await page.GetByLabel("Nhiệm kỳ").SelectOptionAsync(new SelectOptionValue { Label = "Nhiệm kỳ 2020 - 2025, 2021 - 2026" });
        await page.GetByLabel("Tháng tham chiếu (MM/yyyy)").FillAsync("07/2023");
        var ruleSet = (await page.Locator("#bo-quy-tac option", new() { HasText = "Quy định 50-QĐ/TW" }).InnerTextAsync()).Trim();
        await page.GetByLabel("Bộ quy tắc").SelectOptionAsync(new SelectOptionValue { Label = ruleSet });
        await page.GetByLabel("Phó Giám đốc Sở", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Hạn bước 1").FillAsync("27/07/2023");
        foreach (var step in (int[])[2, 3, 4])
        {
            await page.GetByLabel($"Hạn bước {step}", new() { Exact = true }).FillAsync("03/08/2023");
        }

        await _shots.TakeAsync(page, "tao-dot", page.Locator("section[aria-labelledby=tao-dot]"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo đợt quy hoạch" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã tạo đợt quy hoạch");
        await Expect(page.Locator(".planning-steps > li")).ToHaveCountAsync(4);

        // At the province, tập thể lãnh đạo reads Ban Thường vụ and tập thể lãnh đạo mở rộng Ban Chấp hành.
        await Expect(page.Locator("#buoc-1 .stepper-facts")).ToContainTextAsync("Ban Thường vụ Tỉnh ủy");
        await Expect(page.Locator("#buoc-2 .stepper-facts")).ToContainTextAsync("Ban Chấp hành Đảng bộ tỉnh");
        await Expect(page.Locator("#buoc-3 .stepper-facts")).ToContainTextAsync("Ban Chấp hành Đảng bộ tỉnh");
        await Expect(page.Locator("#buoc-4 .stepper-facts")).ToContainTextAsync("Ban Thường vụ Tỉnh ủy");
        await Expect(page.Locator("#buoc-2 .stepper-facts")).ToContainTextAsync("≥ 30% số có mặt");
        await Expect(page.Locator("#buoc-3 .stepper-facts")).ToContainTextAsync("> 50% số có mặt");
        await Expect(page.Locator("#buoc-4 .stepper-facts")).ToContainTextAsync("> 50% số được triệu tập");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>
    /// The source list, people found by their names typed without diacritics: one too old for a current-term addition
    /// (R-AGE-2) is refused without a reason; three Trưởng phòng are added.
    /// </summary>
    private async Task SourceListAsync(IPage page)
    {
        await PickAsync(page, "ngo van son", TooOld);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cần ghi lý do bổ sung vào danh sách nguồn");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("chưa đủ 72 tháng");

        foreach (var (search, name) in Candidates)
        {
            await PickAsync(page, search, name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
            await Expect(page.Locator(".planning-source")).ToContainTextAsync(name);
        }

        await Expect(page.Locator(".planning-source")).Not.ToContainTextAsync(TooOld);
        await _shots.TakeAsync(page, "danh-sach-nguon", page.Locator(".planning-source"));
    }

    /// <summary>Types a name into the source-list picker and chooses the person it lists.</summary>
    private static async Task PickAsync(IPage page, string search, string name)
    {
        // The search-as-you-type script runs once the page has loaded: type only then.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.Locator("#tim-nguon-tim").FillAsync(search);
        await page.Locator("#nguon-lua-chon").GetByLabel(name).First.CheckAsync();
    }
}
