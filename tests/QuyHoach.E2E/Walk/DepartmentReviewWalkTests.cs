using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Walk.DepartmentWalkPage;

namespace QuyHoach.E2E.Walk;

/// <summary>
/// The "Done when" walk of the department's annual review of its Phó Giám đốc Sở (Kế hoạch 331/KH-SCT, mục IV.2: rà
/// soát, bổ sung quy hoạch hằng năm; chức danh diện Ban Thường vụ Tỉnh ủy quản lý), from a fresh demo, by the pages
/// alone, as a new organisation officer would run it: no SQL, no API call, no code typed (people are found by typing
/// their names into the pickers, options chosen by the words they show). The department runs the four steps and
/// submits; the province's Ban Thường vụ approves (R-AUTH-1). The officer checks the seated bodies (Ban Giám đốc ∪ Ban
/// Thường vụ Đảng ủy for steps 1 and 4, Ban Chấp hành for steps 2 and 3), opens the round for the province's authority
/// and builds the source list (Trưởng phòng, đối tượng 1, and Phó trưởng phòng, đối tượng 2); each step's conference
/// is opened, the counting committee picked, guests invited and attendance taken; two counters enter the tallies
/// independently (one mismatch at step 2, resolved); a delegate and an inspector see the sealed steps without counts
/// and the announced step with them; the tie of the last step is decided by the head (Giám đốc, Bí thư Đảng ủy) and
/// recorded by the department's leader; the round closes, the dossiers are filled, the province's leader (two-factor
/// sign-in) approves and the plan page shows the plan. Every step is screenshotted into artifacts/walk-001/ for the
/// user guide (docs/guide/).
/// </summary>
public sealed partial class DepartmentReviewWalkTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Name = nameof(DepartmentReviewWalkTests);
    private const string RoundName = "Rà soát, bổ sung quy hoạch Phó Giám đốc Sở năm 2022";

    /// <summary>Giám đốc Sở, Bí thư Đảng ủy: presides over steps 1 and 4 and decides a tie (R-TIE-1).</summary>
    private const string Head = "Dương Mạnh Tuấn";

    /// <summary>
    /// The source list (name, year of birth, as the picker shows them): two Trưởng phòng (đối tượng 1) and a Phó
    /// trưởng phòng under 40 (đối tượng 2), each with advanced political theory, rated at least "hoàn thành tốt nhiệm
    /// vụ" for 2021 and with the working time a current-term addition needs at 04/2022 (R-AGE-2), so that screening
    /// finds them eligible for Phó Giám đốc Sở, with the obligation to add the political standard conclusion.
    /// </summary>
    private static readonly (string Name, int Born)[] Candidates = [("Đỗ Hồng Trang", 1982), ("Bùi Thu Yến", 1975), ("Lê Minh Quang", 1989)];

    [Fact]
    public async Task Officer_RunsTheDepartmentAnnualReview_FromBodiesToApprovedPlan_ThroughThePagesOnly()
    {
        var walk = Start();
        var counters = DemoSeeder.Accounts.Where(a => a.Role == AppRoles.Counter).Take(2).ToList();
        await using var staff = await app.OpenAsync(Name + ".Staff");
        await using var counterA = await app.OpenAsync(Name + ".CounterA");
        await using var counterB = await app.OpenAsync(Name + ".CounterB");
        await using var delegated = await app.OpenAsync(Name + ".Delegate");
        await using var inspector = await app.OpenAsync(Name + ".Inspector");
        await staff.SignInAsAsync(AppRoles.Staff);
        await counterA.SignInAsync(counters[0].UserName, QuyHoachAppFactory.DemoPassword);
        await counterB.SignInAsync(counters[1].UserName, QuyHoachAppFactory.DemoPassword);
        await delegated.SignInAsAsync(AppRoles.Delegate);
        await inspector.SignInAsAsync(AppRoles.Inspector);
        await walk.ShotAsync(staff.Page, "tong-quan");

        await BodiesAsync(staff.Page, walk);
        var round = await CreateRoundAsync(staff.Page, walk);
        await SourceListAsync(staff.Page, walk);
        var team = new Team(staff.Page, counterA.Page, counterB.Page, counters[0].FullName, counters[1].FullName);

        await LeadershipFirstAsync(team, round, walk);
        var keyCadres = await KeyCadresAsync(team, round, walk);
        await SealedAsync(delegated.Page, inspector.Page, keyCadres, walk);
        var extended = await ExtendedLeadershipAsync(team, round, walk);
        await SealedAsync(delegated.Page, inspector.Page, extended, null);
        var final = await LeadershipFinalAsync(team, round, walk);
        await HeadDecidesAsync(final, walk);
        await AnnouncedAsync(inspector.Page, final, walk);

        await CloseAsync(staff.Page, round, walk);
        await DossiersAsync(staff.Page, walk);
        await ApproveAsync(walk);
        Assert.True(walk.Shots.Count >= 20, $"{walk.Shots.Count} screenshots");
    }

    /// <summary>Staff, counter A and counter B, each in a browser of their own, and the counters' names as the pages show them.</summary>
    private sealed record Team(IPage Staff, IPage CounterA, IPage CounterB, string NameA, string NameB);

    /// <summary>
    /// The bodies the steps convene, as seated in the demo (Kế hoạch 331/KH-SCT, mục IV.2: steps 1 and 4 Ban Giám đốc
    /// and Ban Thường vụ Đảng ủy; steps 2 and 3 Ban Giám đốc and Ban Chấp hành Đảng bộ Sở), checked on the bodies pages
    /// as of the first meeting's date: the head of each is the Giám đốc, Bí thư Đảng ủy.
    /// </summary>
    private static async Task BodiesAsync(IPage page, DepartmentWalkPage walk)
    {
        await MenuAsync(page, "Tập thể");
        foreach (var (body, members) in new[] { ("Ban Giám đốc Sở Công Thương", "4"), ("Ban Thường vụ Đảng ủy Sở Công Thương", "5"), ("Ban Chấp hành Đảng bộ Sở Công Thương", "11") })
        {
            await Expect(page.Locator("tbody tr", new() { HasText = body }).Locator("td").Nth(3)).ToHaveTextAsync(members);
        }

        await walk.ShotAsync(page, "tap-the");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ban Thường vụ Đảng ủy Sở Công Thương" }).ClickAsync();
        await page.GetByLabel("Thành viên vào ngày (dd/MM/yyyy)").FillAsync("05/04/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        await Expect(page.Locator("#thanh-vien")).ToHaveTextAsync("Thành viên vào ngày 05/04/2022: 5 người");
        await Expect(page.Locator("tbody tr", new() { HasText = Head + " (người đứng đầu)" })).ToContainTextAsync("Bí thư Đảng ủy");
        await walk.ShotAsync(page, "ban-thuong-vu-dang-uy", "#thanh-vien");

        await MenuAsync(page, "Tập thể");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ban Giám đốc Sở Công Thương" }).ClickAsync();
        await page.GetByLabel("Thành viên vào ngày (dd/MM/yyyy)").FillAsync("05/04/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        await Expect(page.Locator("#thanh-vien")).ToHaveTextAsync("Thành viên vào ngày 05/04/2022: 4 người");
        await Expect(page.Locator("tbody tr", new() { HasText = Head + " (người đứng đầu)" })).ToContainTextAsync("Giám đốc");

        // Where a body's members are added when the unit's bodies change (the demo already seats them as the plan says).
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Thêm thành viên" })).ToBeVisibleAsync();
        await walk.ShotAsync(page, "them-thanh-vien", "#them-thanh-vien");
    }

    /// <summary>
    /// "Mở đợt mới": an annual review under Kế hoạch 37-KH/TU (the province's reading of QĐ 50), reference month
    /// 04/2022, approved by the province's Ban Thường vụ for the department's titles (R-AUTH-1), two seats of Phó Giám
    /// đốc Sở, each step due as Kế hoạch 331/KH-SCT plans it (done before 10/04/2022).
    /// </summary>
    private static async Task<string> CreateRoundAsync(IPage page, DepartmentWalkPage walk)
    {
        await MenuAsync(page, "Đợt quy hoạch");
        await page.GetByLabel("Tên đợt").FillAsync(RoundName);
        await ChooseAsync(page, "Loại đợt", "Rà soát, bổ sung hằng năm");
        // The department runs the steps for a title the province's Ban Thường vụ approves.
        await ChooseAsync(page, "Cấp có thẩm quyền phê duyệt", $"Diện Ban Thường vụ Tỉnh ủy quản lý (chức danh của {DemoSeeder.DepartmentName})");
        await ChooseAsync(page, "Nhiệm kỳ", "Nhiệm kỳ 2020 - 2025");
        await page.GetByLabel("Tháng tham chiếu (MM/yyyy)").FillAsync("04/2022");
        await ChooseAsync(page, "Bộ quy tắc", "Kế hoạch 37-KH/TU");
        await page.GetByLabel("Phó Giám đốc Sở", new() { Exact = true }).FillAsync("2");
        string[] dues = ["06/04/2022", "07/04/2022", "08/04/2022", "10/04/2022"];
        for (var step = 1; step <= dues.Length; step++)
        {
            await page.GetByLabel($"Hạn bước {step}", new() { Exact = true }).FillAsync(dues[step - 1]);
        }

        await walk.ShotAsync(page, "mo-dot-moi", "#tao-dot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo đợt quy hoạch" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã tạo đợt quy hoạch");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(RoundName);
        await Expect(page.Locator(".planning-steps > li")).ToHaveCountAsync(4);
        await Expect(page.Locator("#buoc-4")).ToContainTextAsync("Hạn 10/04/2022");
        await walk.ShotAsync(page, "dot-vua-tao", "#cac-buoc");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>The source list: two Trưởng phòng and a Phó trưởng phòng, each found by typing the name into the picker, all eligible.</summary>
    private static async Task SourceListAsync(IPage page, DepartmentWalkPage walk)
    {
        foreach (var (name, born) in Candidates)
        {
            await PickAsync(page, "#tim-nguon-tim", name, born);
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
            await Expect(page.Locator(".planning-source")).ToContainTextAsync(name);
        }

        await Expect(page.Locator(".planning-source")).Not.ToContainTextAsync("Không đủ điều kiện");
        // At 04/2022 none has a political standard conclusion yet (the demo's are of 2025): an obligation before approval.
        var lines = page.Locator(".planning-source tbody tr");
        await Expect(lines).ToHaveCountAsync(Candidates.Length);
        for (var i = 0; i < Candidates.Length; i++)
        {
            await Expect(lines.Nth(i)).ToContainTextAsync("Đủ điều kiện kèm nghĩa vụ");
        }
        await walk.ShotAsync(page, "danh-sach-nguon", "#danh-sach-nguon");
    }
}
