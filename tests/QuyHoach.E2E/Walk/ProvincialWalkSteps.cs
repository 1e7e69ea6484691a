using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Walk;

/// <summary>
/// What the province's people do on the conference pages, one form at a time, choosing people by their names: staff
/// opens a step with its venue and start time, invites, names the counting committee and takes attendance; a counter
/// enters a tally line by line, by the candidate's name.
/// </summary>
internal static class ProvincialWalkSteps
{
    /// <summary>Staff on the round page opens step <paramref name="step"/>; returns the conference page's path.</summary>
    public static async Task<string> OpenAsync(IPage page, string round, int step, string heldOn, string venue, string startsAt)
    {
        await page.GotoAsync(round);
        var card = page.Locator($"#buoc-{step}");
        await card.GetByLabel("Ngày họp (dd/MM/yyyy)").FillAsync(heldOn);
        await card.GetByLabel("Địa điểm (không bắt buộc)").FillAsync(venue);
        await card.GetByLabel("Giờ bắt đầu (hh:mm, không bắt buộc)").FillAsync(startsAt);
        await card.GetByRole(AriaRole.Button, new() { Name = $"Mở hội nghị bước {step}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Bước {step}");
        await Expect(page.Locator("#dia-diem")).ToHaveTextAsync(venue);
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Staff picks the province's two counters by their names.</summary>
    public static async Task CommitteeAsync(IPage page)
    {
        await page.GetByLabel(ProvincialWalkPeople.CounterAName, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(ProvincialWalkPeople.CounterBName, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu tổ kiểm phiếu" }).ClickAsync();
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync($"{ProvincialWalkPeople.CounterAName}, {ProvincialWalkPeople.CounterBName}");
    }

    /// <summary>
    /// Staff sees the <paramref name="convened"/> people the bodies convene, marks the first <paramref name="present"/>
    /// present and sees the quorum (2/3 of the convened, R-QUO-1) met with <paramref name="minimum"/>.
    /// </summary>
    public static async Task AttendAsync(IPage page, int present, int convened, int minimum)
    {
        var boxes = page.Locator("input[name=co-mat]");
        await Expect(boxes).ToHaveCountAsync(convened);
        for (var i = 0; i < present; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Expect(page.Locator("#so-luong")).ToContainTextAsync($"Có mặt {present}/{convened} người được triệu tập (tối thiểu 2/3: {minimum})");
        await Expect(page.Locator("#so-luong")).ToContainTextAsync("Đủ số lượng");
    }

    /// <summary>A counter enters the tally sheet (every ballot valid) and each candidate's agree count by name.</summary>
    public static Task EnterTallyAsync(IPage page, string conference, int ballots, params (string Name, int Agree)[] lines) =>
        EnterTallyAsync(page, conference, ballots, null, lines);

    /// <summary>The same, with <paramref name="filled"/> run on the filled form before it is saved (a screenshot).</summary>
    public static async Task EnterTallyAsync(IPage page, string conference, int ballots, Func<Task>? filled, params (string Name, int Agree)[] lines)
    {
        await page.GotoAsync(conference);
        foreach (var label in (string[])["Số phiếu phát ra", "Số phiếu thu vào", "Số phiếu hợp lệ"])
        {
            await page.GetByLabel(label).FillAsync(ballots.ToString(CultureInfo.InvariantCulture));
        }

        await page.GetByLabel("Số phiếu không hợp lệ").FillAsync("0");
        await Expect(page.Locator("input[name^=dong-y-]")).ToHaveCountAsync(lines.Length);
        foreach (var (name, agree) in lines)
        {
            await page.GetByLabel($"Số phiếu đồng ý: {name}", new() { Exact = true }).FillAsync(agree.ToString(CultureInfo.InvariantCulture));
        }

        if (filled is not null)
        {
            await filled();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu biên bản" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã lưu.");
    }
}
