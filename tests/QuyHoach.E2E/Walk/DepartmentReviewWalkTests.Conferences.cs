using System.Globalization;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Planning.ConferenceSteps;
using static QuyHoach.E2E.Walk.DepartmentWalkPage;

namespace QuyHoach.E2E.Walk;

/// <summary>The four conferences of the round (Kế hoạch 331/KH-SCT, mục IV.2), the sealed and announced views, the head's decision.</summary>
public sealed partial class DepartmentReviewWalkTests
{
    /// <summary>Step 1, tập thể lãnh đạo (lần 1): Ban Giám đốc ∪ Ban Thường vụ Đảng ủy, 7 people; no plan member to vote on.</summary>
    private static async Task LeadershipFirstAsync(Team team, string round, DepartmentWalkPage walk)
    {
        var page = team.Staff;
        await OpenStepAsync(page, round, 1, "05/04/2022", "Phòng họp tầng 3, Sở Công Thương", "08:00");
        await walk.ShotAsync(page, "buoc-1-hoi-nghi");
        await AttendAsync(page, convened: 7, absent: ["Hồ Văn Cường"]);
        await walk.ShotAsync(page, "buoc-1-diem-danh", "#diem-danh");
        await page.GotoAsync(round);
        await Expect(page.Locator("#buoc-1")).ToContainTextAsync("6/7 người được triệu tập");
    }

    /// <summary>
    /// Step 2, hội nghị cán bộ chủ chốt: Ban Giám đốc ∪ Ban Chấp hành (11), plus a division head from the registry and
    /// the district's head of the economy office, invited by name (mục IV.2.a lists them); 10 of 13 present, so at
    /// least 30 % of those present, 3 votes, pass (R-VOTE-30). The counters differ on one line; the second keeps the
    /// first's entry after checking the paper ballots.
    /// </summary>
    private static async Task<string> KeyCadresAsync(Team team, string round, DepartmentWalkPage walk)
    {
        var page = team.Staff;
        var conference = await OpenStepAsync(page, round, 2, "06/04/2022", "Hội trường Sở Công Thương", "14:00");
        await CommitteeAsync(team, walk);
        await PickAsync(page, "#khach-tim", "Dương Thanh Mai", 1973);
        await page.GetByLabel("Chức vụ", new() { Exact = true }).FillAsync("Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách triệu tập" }).ClickAsync();
        await Expect(page.Locator("input[name=co-mat]")).ToHaveCountAsync(12);
        await page.GetByLabel("Hoặc họ và tên người không có trong danh sách cán bộ", new() { Exact = true }).FillAsync("Trần Văn Bình");
        await page.GetByLabel("Chức vụ", new() { Exact = true }).FillAsync("Trưởng phòng Kinh tế và Hạ tầng huyện Hải Hậu");
        await walk.ShotAsync(page, "buoc-2-moi-them", "#moi-them");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách triệu tập" }).ClickAsync();
        await AttendAsync(page, convened: 13, absent: ["Bùi Thu Yến", "Lương Quốc Quang", "Vũ Thành Khoa"]);
        await walk.ShotAsync(page, "buoc-2-diem-danh", "#diem-danh");

        await TallyAsync(team.CounterA, conference, 10, 7, 5, 4);
        await walk.ShotAsync(team.CounterA, "buoc-2-nhap-bien-ban", ".planning-tally");

        // The officer sees the tally waiting for its second entry on the dashboard (the counters' own dashboard lists
        // nothing: a gap reported with the walk) and follows its link to the conference.
        await team.Staff.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tổng quan" }).ClickAsync();
        var waiting = team.Staff.Locator("ul[aria-labelledby=cho-nhap-lan-hai] a", new() { HasText = "bước 2" });
        await Expect(waiting).ToHaveTextAsync($"{RoundName}, bước 2 (Hội nghị cán bộ chủ chốt): biên bản kiểm phiếu chờ nhập lần hai");
        await walk.ShotAsync(team.Staff, "viec-can-xu-ly", "#viec-can-xu-ly");
        await waiting.ClickAsync();
        await Expect(team.Staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bước 2");
        Assert.Equal(conference, new Uri(team.Staff.Url).AbsolutePath);

        await TallyAsync(team.CounterB, conference, 10, 7, 5, 3);
        await Expect(team.CounterB.Locator("body")).ToContainTextAsync("Hai lần nhập chênh lệch ở: Đồng ý: ");
        await team.CounterB.GetByLabel($"Lần nhập của {team.NameA}", new() { Exact = true }).CheckAsync();
        await team.CounterB.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Đối chiếu phiếu gốc: 4 phiếu đồng ý");
        await walk.ShotAsync(team.CounterB, "buoc-2-chenh-lech", ".planning-reconciliation");
        await team.CounterB.GetByRole(AriaRole.Button, new() { Name = "Giải quyết chênh lệch" }).ClickAsync();
        await ComputeAsync(team.CounterB, conference);
        await Expect(team.CounterB.Locator(".planning-results")).ToContainTextAsync("Có mặt 10/13; cần ít nhất 3 phiếu đồng ý");
        await Expect(Line(team.CounterB, Candidates[2].Name).Locator("td")).ToHaveTextAsync(["4", "Đạt", "–"]);
        await walk.ShotAsync(team.CounterB, "buoc-2-ket-qua", ".planning-results");
        return conference;
    }

    /// <summary>Step 3, tập thể lãnh đạo mở rộng: 9 of 11 present, more than 50 % of those present, 5 votes, pass (R-VOTE-50P).</summary>
    private static async Task<string> ExtendedLeadershipAsync(Team team, string round, DepartmentWalkPage walk)
    {
        var conference = await OpenStepAsync(team.Staff, round, 3, "07/04/2022", "Hội trường Sở Công Thương", "08:00");
        await CommitteeAsync(team, null);
        await AttendAsync(team.Staff, convened: 11, absent: ["Bùi Thu Yến", "Lương Quốc Quang"]);
        await TallyAsync(team.CounterA, conference, 9, 8, 6, 5);
        await TallyAsync(team.CounterB, conference, 9, 8, 6, 5);
        await ComputeAsync(team.CounterA, conference);
        await Expect(team.CounterA.Locator(".planning-results")).ToContainTextAsync("Có mặt 9/11; cần ít nhất 5 phiếu đồng ý");
        await walk.ShotAsync(team.CounterA, "buoc-3-ket-qua", ".planning-results");
        return conference;
    }

    /// <summary>
    /// Step 4, tập thể lãnh đạo (lần 2): 6 of 7 present; more than 50 % of the 7 convened, 4 votes, pass (R-VOTE-50C); two seats:
    /// 6 is chosen and two candidates tie on 4 for the second seat, which waits for the head (R-TIE-1).
    /// </summary>
    private static async Task<string> LeadershipFinalAsync(Team team, string round, DepartmentWalkPage walk)
    {
        var conference = await OpenStepAsync(team.Staff, round, 4, "08/04/2022", "Phòng họp tầng 3, Sở Công Thương", "08:00");
        await CommitteeAsync(team, null);
        await AttendAsync(team.Staff, convened: 7, absent: ["Hồ Văn Cường"]);
        await TallyAsync(team.CounterA, conference, 6, 6, 4, 4);
        await TallyAsync(team.CounterB, conference, 6, 6, 4, 4);
        await ComputeAsync(team.CounterA, conference);
        await Expect(team.CounterA.Locator(".planning-results")).ToContainTextAsync("Có mặt 6/7; cần ít nhất 4 phiếu đồng ý");
        await Expect(Line(team.CounterA, Candidates[0].Name).Locator("td")).ToHaveTextAsync(["6", "Đạt", "Chọn"]);
        await Expect(team.CounterA.GetByRole(AriaRole.Status).Filter(new() { HasText = "chờ người đứng đầu chọn 1 người" })).ToBeVisibleAsync();
        await walk.ShotAsync(team.CounterA, "buoc-4-bang-phieu", ".planning-results");

        // Closing waits for the head's choice.
        await team.Staff.GotoAsync(round);
        await team.Staff.GetByLabel("Tôi xác nhận kết thúc đợt quy hoạch", new() { Exact = false }).CheckAsync();
        await team.Staff.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" }).ClickAsync();
        await Expect(team.Staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("chưa được người đứng đầu quyết định");
        return conference;
    }

    /// <summary>
    /// The head (Giám đốc, Bí thư Đảng ủy) chooses the younger of the tie, for the share of cadres under 40 in the plan
    /// (R-STR-1); the department's leader records it on the conference page after the two-factor sign-in.
    /// </summary>
    private async Task HeadDecidesAsync(string conference, DepartmentWalkPage walk)
    {
        await using var leader = await app.OpenAsync(Name + ".Leader");
        await leader.SignInAsAsync(AppRoles.Leader);
        var page = leader.Page;
        await MenuAsync(page, "Hội nghị");
        await page.GotoAsync(conference);
        await PersonLabel(page, Candidates[2].Name).CheckAsync();
        await ChooseAsync(page, "Người đứng đầu", Head);
        await page.GetByLabel("Ngày quyết định (dd/MM/yyyy)").FillAsync("08/04/2022");
        await page.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Bảo đảm tỷ lệ cán bộ trẻ trong quy hoạch");
        await page.GetByLabel("Tôi xác nhận ghi nhận quyết định này.").CheckAsync();
        await walk.ShotAsync(page, "nguoi-dung-dau-quyet-dinh", ".planning-results");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await Expect(page.Locator(".planning-results")).ToContainTextAsync($"Người đứng đầu ({Head}) quyết định ngày 08/04/2022: Bảo đảm tỷ lệ cán bộ trẻ trong quy hoạch");
        await Expect(Line(page, Candidates[2].Name).Locator("td")).ToHaveTextAsync(["4", "Đạt", "Chọn"]);
        await Expect(Line(page, Candidates[1].Name).Locator("td")).ToHaveTextAsync(["4", "Đạt", "Không chọn"]);
        await walk.ShotAsync(page, "buoc-4-ket-qua", ".planning-results");
    }

    /// <summary>
    /// A delegate (in scope, not on the counting committee) and an inspector see the ballot of a step whose results
    /// are not announced, without a count, a pass mark or the minutes (R-DISC-1).
    /// </summary>
    private static async Task SealedAsync(IPage delegated, IPage inspector, string conference, DepartmentWalkPage? walk)
    {
        foreach (var (page, who) in new[] { (delegated, "dai-bieu"), (inspector, "thanh-tra") })
        {
            await MenuAsync(page, "Hội nghị");
            await page.GotoAsync(conference);
            await Expect(page.Locator(".planning-candidates")).ToContainTextAsync(Candidates[2].Name);
            await Expect(page.Locator(".planning-results")).ToContainTextAsync("Kết quả kiểm phiếu không công bố tại hội nghị");
            await Expect(page.Locator(".planning-results table")).ToHaveCountAsync(0);
            await Expect(page.Locator("body")).Not.ToContainTextAsync("Đồng ý");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản kiểm phiếu", Exact = false })).ToHaveCountAsync(0);
            if (walk is not null)
            {
                await walk.ShotAsync(page, who + "-niem-phong", ".planning-candidates");
            }
        }
    }

    /// <summary>The inspector sees the announced step 4 with its counts, the head's decision and the minutes.</summary>
    private static async Task AnnouncedAsync(IPage inspector, string conference, DepartmentWalkPage walk)
    {
        await inspector.GotoAsync(conference);
        await Expect(Line(inspector, Candidates[2].Name).Locator("td")).ToHaveTextAsync(["4", "Đạt", "Chọn"]);
        await Expect(inspector.Locator(".planning-results")).ToContainTextAsync($"Người đứng đầu ({Head}) quyết định");
        await Expect(inspector.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản kiểm phiếu bước 4 (DOCX)" })).ToBeVisibleAsync();
        await walk.ShotAsync(inspector, "thanh-tra-buoc-4-cong-bo", ".planning-results");
    }

    /// <summary>Staff on the round page opens the step's conference; returns its address.</summary>
    private static async Task<string> OpenStepAsync(IPage page, string round, int step, string heldOn, string venue, string start)
    {
        await page.GotoAsync(round);
        await page.Locator($"#ngay-hop-{step}").FillAsync(heldOn);
        await page.Locator($"#dia-diem-{step}").FillAsync(venue);
        await page.Locator($"#gio-bat-dau-{step}").FillAsync(start);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mở hội nghị bước {step}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Bước {step}");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Staff picks the two counters by their names among the accounts with the counting role.</summary>
    private static async Task CommitteeAsync(Team team, DepartmentWalkPage? walk)
    {
        var page = team.Staff;
        await page.GetByLabel(team.NameA, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(team.NameB, new() { Exact = true }).CheckAsync();
        if (walk is not null)
        {
            await walk.ShotAsync(page, "to-kiem-phieu", "#to-kiem-phieu");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu tổ kiểm phiếu" }).ClickAsync();
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync($"{team.NameA}, {team.NameB}");
    }

    /// <summary>Staff ticks everyone on the convening list but the <paramref name="absent"/>, saves, and sees the quorum met (R-QUO-1).</summary>
    private static async Task AttendAsync(IPage page, int convened, string[] absent)
    {
        var boxes = page.Locator("input[name=co-mat]");
        await Expect(boxes).ToHaveCountAsync(convened);
        for (var i = 0; i < convened; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        foreach (var name in absent)
        {
            await page.GetByLabel(name, new() { Exact = false }).UncheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        var present = (convened - absent.Length).ToString(CultureInfo.InvariantCulture);
        await Expect(page.Locator("#so-luong")).ToContainTextAsync($"Có mặt {present}/{convened.ToString(CultureInfo.InvariantCulture)}");
        await Expect(page.Locator("#so-luong")).ToContainTextAsync("Đủ số lượng");
    }

    /// <summary>A counter enters the tally sheet (all ballots valid) and each candidate's agree votes, by the candidate's name.</summary>
    private static async Task TallyAsync(IPage page, string conference, int ballots, params int[] agree)
    {
        await MenuAsync(page, "Hội nghị");
        await page.GotoAsync(conference);
        var count = ballots.ToString(CultureInfo.InvariantCulture);
        foreach (var label in (string[])["Số phiếu phát ra", "Số phiếu thu vào", "Số phiếu hợp lệ"])
        {
            await page.GetByLabel(label, new() { Exact = true }).FillAsync(count);
        }

        await page.GetByLabel("Số phiếu không hợp lệ", new() { Exact = true }).FillAsync("0");
        for (var i = 0; i < agree.Length; i++)
        {
            await page.GetByLabel($"Số phiếu đồng ý: {Candidates[i].Name}", new() { Exact = true }).FillAsync(agree[i].ToString(CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu biên bản" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã lưu.");
    }

    /// <summary>A counter confirms the reconciled minutes and computes the results.</summary>
    private static async Task ComputeAsync(IPage page, string conference)
    {
        await page.GotoAsync(conference);
        await Expect(page.Locator("body")).ToContainTextAsync("Đã đối chiếu khớp");
        await page.GetByLabel("Tôi xác nhận biên bản đã đối chiếu", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tính kết quả" }).ClickAsync();
        await Expect(page.Locator(".planning-results table")).ToBeVisibleAsync();
    }

    /// <summary>The result row of the candidate named <paramref name="name"/>.</summary>
    private static ILocator Line(IPage page, string name) => page.Locator(".planning-results tbody tr", new() { HasText = name });
}
