using Microsoft.Playwright;
using QuyHoach.E2E.Planning;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Walk.ProvincialWalkPeople;
using static QuyHoach.E2E.Walk.ProvincialWalkSteps;

namespace QuyHoach.E2E.Walk;

/// <summary>Steps 1 to 3 of the province's plan: Ban Thường vụ (lần 1), hội nghị cán bộ chủ chốt, Ban Chấp hành.</summary>
public sealed partial class ProvincialReviewWalkTests
{
    private static readonly string Trang = Candidates[0].Name;
    private static readonly string Yen = Candidates[1].Name;
    private static readonly string Quang = Candidates[2].Name;

    /// <summary>
    /// Step 1 on its due date: the BTV convenes its 15; 13 present meet two thirds (10). No plan member of the term is
    /// up for removal, so the step holds no ballot and is done on the quorum (R-QUO-1), on time.
    /// </summary>
    private async Task StandingFirstAsync(IPage page, string round)
    {
        await OpenAsync(page, round, 1, "27/07/2023", "Phòng họp Ban Thường vụ Tỉnh ủy", "08:00");
        await AttendAsync(page, present: 13, convened: 15, minimum: 10);
        await Expect(page.Locator("tbody tr", new() { HasText = "Chủ trì" })).ToContainTextAsync("Bí thư Tỉnh ủy");
        await _shots.TakeAsync(page, "buoc-1-diem-danh", page.Locator("main"));

        await page.GotoAsync(round);
        var step = page.Locator("#buoc-1");
        await Expect(step.Locator(".stepper-state")).ToHaveTextAsync("Hoàn thành");
        await Expect(step).ToContainTextAsync("Hoàn thành ngày 27/07/2023");
        await Expect(step).ToContainTextAsync("Đúng hạn");
        await Expect(step.Locator(".card-note")).ToContainTextAsync("không có ai được đưa ra biểu quyết ở bước này");
        await Expect(page.Locator("#viec-tiep-theo")).Not.ToBeEmptyAsync();
        await _shots.TakeAsync(page, "lo-trinh-sau-buoc-1", page.Locator("section[aria-labelledby=cac-buoc]"));
    }

    /// <summary>
    /// Step 2, hội nghị cán bộ chủ chốt: the BCH's 50 plus two invitees (the Giám đốc Sở Công Thương from the registry,
    /// the Chính ủy Bộ Chỉ huy Quân sự tỉnh by name) = 52 convened, 35 needed, 45 present; ≥ 30 % of 45 is 13.5, so 14
    /// passes. The counters differ on one line (14 against 13); the second picks the first's entry with a reason.
    /// </summary>
    private async Task<string> KeyCadresAsync(IPage staff, IPage counterA, IPage counterB, string round)
    {
        var conference = await OpenAsync(staff, round, 2, "01/08/2023", "Hội trường Tỉnh ủy Nam Định", "08:00");
        await InviteAsync(staff, "duong manh tuan", InvitedDirector, "Giám đốc Sở Công Thương");
        await InviteAsync(staff, null, "Trần Quốc Bảo", "Chính ủy Bộ Chỉ huy Quân sự tỉnh");

        await CommitteeAsync(staff);
        await AttendAsync(staff, present: 45, convened: 52, minimum: 35);
        await _shots.TakeAsync(staff, "buoc-2-to-kiem-phieu-diem-danh", staff.Locator("main"));

        await EnterTallyAsync(counterA, conference, 45, () => _shots.TakeAsync(counterA, "buoc-2-nhap-bien-ban-lan-1", counterA.Locator(".planning-ballot")), (Trang, 40), (Yen, 35), (Quang, 14));
        await EnterTallyAsync(counterB, conference, 45, (Trang, 40), (Yen, 35), (Quang, 13));
        await Expect(counterB.Locator("body")).ToContainTextAsync("Hai lần nhập chênh lệch ở: Đồng ý: ");
        await _shots.TakeAsync(counterB, "buoc-2-chenh-lech", counterB.Locator(".planning-reconciliation"));
        await counterB.GetByLabel($"Lần nhập của {CounterAName}", new() { Exact = true }).CheckAsync();
        await counterB.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Đối chiếu phiếu gốc: 14 phiếu đồng ý");
        await counterB.GetByRole(AriaRole.Button, new() { Name = "Giải quyết chênh lệch" }).ClickAsync();
        await Planning.ConferenceSteps.ComputeAsync(counterB, conference);

        await Expect(counterB.Locator(".planning-results")).ToContainTextAsync("Có mặt 45/52; cần ít nhất 14 phiếu đồng ý");
        await Expect(ConferenceSteps.Cells(counterB, Trang)).ToHaveTextAsync(["40", "Đạt", "–"]);
        await Expect(ConferenceSteps.Cells(counterB, Quang)).ToHaveTextAsync(["14", "Đạt", "–"]);
        await _shots.TakeAsync(counterB, "buoc-2-ket-qua-to-kiem-phieu", counterB.Locator(".planning-results"));
        return conference;
    }

    /// <summary>
    /// Staff adds an invitee to the convened list: a cadre found by typing <paramref name="search"/> in the picker, or,
    /// when there is nothing to search, a person outside the registry by name.
    /// </summary>
    private static async Task InviteAsync(IPage page, string? search, string name, string position)
    {
        // The search-as-you-type script runs once the page has loaded: type only then.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var form = page.Locator("section[aria-labelledby=moi-them]");
        if (search is null)
        {
            await form.GetByLabel("Hoặc họ và tên người không có trong danh sách cán bộ").FillAsync(name);
        }
        else
        {
            await form.GetByLabel("Tìm cán bộ theo họ tên, mã hoặc đơn vị (không cần gõ dấu)").FillAsync(search);
            await form.Locator("#khach-lua-chon").GetByLabel(name).First.CheckAsync();
            await Expect(form.Locator("#khach-lua-chon input:checked")).ToHaveCountAsync(1);
        }

        await form.GetByLabel("Chức vụ", new() { Exact = true }).FillAsync(position);
        await form.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách triệu tập" }).ClickAsync();
        var row = page.Locator("table").First.Locator("tbody tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("Khách mời");
        await Expect(row).ToContainTextAsync(position);
    }

    /// <summary>Someone in scope but outside the counting committee sees the ballot lines and no count (R-DISC-1).</summary>
    private async Task SealedAsync(IPage page, string conference, string shot)
    {
        await page.GotoAsync(conference);
        await Expect(page.Locator(".planning-candidates")).ToContainTextAsync(Trang);
        await Expect(page.Locator(".planning-results")).ToContainTextAsync("Kết quả kiểm phiếu không công bố tại hội nghị");
        await Expect(page.Locator(".planning-results table")).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Đồng ý");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản kiểm phiếu", Exact = false })).ToHaveCountAsync(0);
        await _shots.TakeAsync(page, shot, page.Locator(".planning-ballot"));
    }

    /// <summary>Step 3, Ban Chấp hành: 42 of the 50 present (34 needed); > 50 % of 42 is 21, so 22 passes.</summary>
    private async Task<string> ExecutiveAsync(IPage staff, IPage counterA, IPage counterB, string round)
    {
        var conference = await OpenAsync(staff, round, 3, "02/08/2023", "Hội trường Tỉnh ủy Nam Định", "14:00");
        await CommitteeAsync(staff);
        await AttendAsync(staff, present: 42, convened: 50, minimum: 34);
        await EnterTallyAsync(counterA, conference, 42, (Trang, 38), (Yen, 30), (Quang, 22));
        await EnterTallyAsync(counterB, conference, 42, (Trang, 38), (Yen, 30), (Quang, 22));
        await Planning.ConferenceSteps.ComputeAsync(counterA, conference);
        await Expect(counterA.Locator(".planning-results")).ToContainTextAsync("Có mặt 42/50; cần ít nhất 22 phiếu đồng ý");
        await Expect(ConferenceSteps.Cells(counterA, Quang)).ToHaveTextAsync(["22", "Đạt", "–"]);
        await _shots.TakeAsync(counterA, "buoc-3-ket-qua-to-kiem-phieu", counterA.Locator(".planning-results"));
        return conference;
    }
}
