using Microsoft.Playwright;
using QuyHoach.E2E.Planning;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Walk.ProvincialWalkPeople;
using static QuyHoach.E2E.Walk.ProvincialWalkSteps;

namespace QuyHoach.E2E.Walk;

/// <summary>Step 4 (Ban Thường vụ, lần 2), the Bí thư's choice on a tie, and closing the round.</summary>
public sealed partial class ProvincialReviewWalkTests
{
    /// <summary>
    /// Each step's state once the round is closed and the day it was held: steps 1 and 4 on their due dates, steps 2
    /// and 3 before theirs; the unannounced steps stay sealed (R-DISC-1).
    /// </summary>
    private static readonly (int Step, string State, string Day)[] HeldOn =
        [(1, "Hoàn thành", "27/07/2023"), (2, "Đã niêm phong", "01/08/2023"), (3, "Đã niêm phong", "02/08/2023"), (4, "Hoàn thành", "03/08/2023")];

    /// <summary>The Bí thư Tỉnh ủy as the head-decision form names him (the one convened head of the BTV).</summary>
    private string _secretary = "";

    /// <summary>
    /// Step 4 on its due date: 14 of the 15 convened present; > 50 % of the convened (7.5), so 8 passes; quota 2: 13 is
    /// chosen and 9, 9 tie for the second seat (R-TIE-1). Closing is refused until the Bí thư's choice is recorded.
    /// </summary>
    private async Task StandingFinalAsync(IPage staff, IPage counterA, IPage counterB, IPage outsider, string round)
    {
        var conference = await OpenAsync(staff, round, 4, "03/08/2023", "Phòng họp Ban Thường vụ Tỉnh ủy", "14:00");
        await CommitteeAsync(staff);
        await AttendAsync(staff, present: 14, convened: 15, minimum: 10);
        await EnterTallyAsync(counterA, conference, 14, (Trang, 13), (Yen, 9), (Quang, 9));
        await EnterTallyAsync(counterB, conference, 14, (Trang, 13), (Yen, 9), (Quang, 9));
        await ConferenceSteps.ComputeAsync(counterA, conference);
        await Expect(counterA.Locator(".planning-results")).ToContainTextAsync("Có mặt 14/15; cần ít nhất 8 phiếu đồng ý");
        await Expect(ConferenceSteps.Cells(counterA, Trang)).ToHaveTextAsync(["13", "Đạt", "Chọn"]);
        await Expect(ConferenceSteps.Cells(counterA, Yen)).ToHaveTextAsync(["9", "Đạt", "Không chọn"]);
        await Expect(ConferenceSteps.Cells(counterA, Quang)).ToHaveTextAsync(["9", "Đạt", "Không chọn"]);
        await Expect(counterA.GetByRole(AriaRole.Status).Filter(new() { HasText = "chờ người đứng đầu chọn 1 người" })).ToBeVisibleAsync();
        await _shots.TakeAsync(counterA, "buoc-4-bang-phieu", counterA.Locator(".planning-results"));

        await staff.GotoAsync(round);
        await staff.GetByLabel("Tôi xác nhận kết thúc đợt quy hoạch", new() { Exact = false }).CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("chưa được người đứng đầu quyết định");
        await Expect(staff.Locator(".planning-facts")).ToContainTextAsync("Đang tiến hành");

        await SecretaryDecidesAsync(conference);

        // Step 4 is announced (R-DISC-1): the delegate sees the counts and the choice.
        await outsider.GotoAsync(conference);
        await Expect(ConferenceSteps.Cells(outsider, Yen)).ToHaveTextAsync(["9", "Đạt", "Chọn"]);
        await Expect(ConferenceSteps.Cells(outsider, Quang)).ToHaveTextAsync(["9", "Đạt", "Không chọn"]);
        await _shots.TakeAsync(outsider, "buoc-4-cong-bo-dai-bieu", outsider.Locator(".planning-results"));
    }

    /// <summary>
    /// The province's leader records the Bí thư Tỉnh ủy's choice (the form offers only the convened head), then opens
    /// the step 4 minutes: a Party document of the Tỉnh ủy carrying the decision.
    /// </summary>
    private async Task SecretaryDecidesAsync(string conference)
    {
        await using var leader = await app.OpenAsync(Name + ".Leader");
        await leader.SignInAsync(Leader, QuyHoachAppFactory.DemoPassword);
        var page = leader.Page;
        await page.GotoAsync(conference);
        await Expect(page.Locator("input[name=chon]")).ToHaveCountAsync(2);
        await ConferenceSteps.PersonLabel(page, Yen).CheckAsync();
        var heads = page.GetByLabel("Người đứng đầu", new() { Exact = true }).Locator("option");
        await Expect(heads).ToHaveCountAsync(1);
        await Expect(heads).ToContainTextAsync("Bí thư Tỉnh ủy");
        var head = (await heads.InnerTextAsync()).Trim();
        _secretary = head[..head.IndexOf(" – ", StringComparison.Ordinal)];
        await page.GetByLabel("Ngày quyết định (dd/MM/yyyy)").FillAsync("03/08/2023");
        await page.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Bảo đảm tỷ lệ cán bộ nữ trong quy hoạch");
        await page.GetByLabel("Tôi xác nhận ghi nhận quyết định này.").CheckAsync();
        await _shots.TakeAsync(page, "buoc-4-bi-thu-quyet-dinh", page.Locator(".planning-results"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await Expect(page.Locator(".planning-results")).ToContainTextAsync($"Người đứng đầu ({_secretary}) quyết định ngày 03/08/2023: Bảo đảm tỷ lệ cán bộ nữ trong quy hoạch");
        await Expect(ConferenceSteps.Cells(page, Yen)).ToHaveTextAsync(["9", "Đạt", "Chọn"]);
        await Expect(ConferenceSteps.Cells(page, Quang)).ToHaveTextAsync(["9", "Đạt", "Không chọn"]);

        var minutes = page.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản kiểm phiếu bước 4", Exact = false });
        var download = await page.RunAndWaitForDownloadAsync(() => minutes.ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(BrowserSession.RepositoryRoot(), "artifacts", "walk-000", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var (paragraphs, rows) = OfficeFiles.Word(path);
        Assert.Contains("BIÊN BẢN KIỂM PHIẾU", paragraphs);
        Assert.Contains("TỈNH ỦY " + DemoSeeder.ProvincePlace.ToUpperInvariant(), paragraphs);
        Assert.Contains($"Chủ trì hội nghị: đồng chí {_secretary}, Bí thư Tỉnh ủy.", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("Người đứng đầu quyết định", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(Yen, StringComparison.Ordinal));
    }

    /// <summary>Staff closes the round; every step is done and on time (each held by its due date).</summary>
    private async Task CloseAsync(IPage page, string round)
    {
        await page.GotoAsync(round);
        await page.GetByLabel("Tôi xác nhận kết thúc đợt quy hoạch", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã kết thúc đợt quy hoạch." })).ToBeVisibleAsync();
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Đã kết thúc");
        foreach (var (step, state, day) in HeldOn)
        {
            var card = page.Locator($"#buoc-{step}");
            await Expect(card.Locator(".stepper-state")).ToHaveTextAsync(state);
            await Expect(card).ToContainTextAsync($"Hoàn thành ngày {day}");
            await Expect(card).ToContainTextAsync("Đúng hạn");
        }

        await _shots.TakeAsync(page, "ket-thuc-dot", page.Locator("section[aria-labelledby=cac-buoc]"));
    }
}
