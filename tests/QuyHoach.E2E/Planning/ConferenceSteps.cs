using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Planning;

/// <summary>
/// What the people of a planning round do on its pages, one form at a time: staff opens a step's conference from the
/// round page, names the counting committee and takes attendance; a counter enters a tally or computes the results.
/// </summary>
internal static class ConferenceSteps
{
    /// <summary>Staff on the round page opens step <paramref name="step"/>; returns the conference page's path.</summary>
    public static async Task<string> OpenAsync(IPage page, string round, int step, string heldOn)
    {
        await page.GotoAsync(round);
        await page.Locator($"#ngay-hop-{step}").FillAsync(heldOn);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mở hội nghị bước {step}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Bước {step}");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>
    /// Staff marks the first <paramref name="present"/> of the convening list present and sees the quorum met: a
    /// conference without ballot completes its step only on a quorum (R-QUO-1), so the next step can open.
    /// </summary>
    public static async Task AttendAsync(IPage page, int present)
    {
        var boxes = page.Locator("input[name=co-mat]");
        for (var i = 0; i < present; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Expect(page.Locator("#so-luong")).ToContainTextAsync("Đủ số lượng");
    }

    /// <summary>Staff names both counters and marks the first <paramref name="present"/> of the convening list present.</summary>
    public static async Task PrepareAsync(IPage page, int present, int convened)
    {
        await page.GetByLabel("Phạm Minh Đức").CheckAsync();
        await page.GetByLabel("Lê Văn Tâm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu tổ kiểm phiếu" }).ClickAsync();
        await Expect(page.Locator(".planning-facts")).ToContainTextAsync("Phạm Minh Đức, Lê Văn Tâm");
        var boxes = page.Locator("input[name=co-mat]");
        await Expect(boxes).ToHaveCountAsync(convened);
        for (var i = 0; i < present; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Expect(page.Locator("#so-luong")).ToContainTextAsync($"Có mặt {present}/{convened}");
        await Expect(page.Locator("#so-luong")).ToContainTextAsync("Đủ số lượng");
    }

    /// <summary>A counter enters the tally sheet (all ballots valid) and the agree count of each line in ballot order.</summary>
    public static async Task EnterTallyAsync(IPage page, string conference, int ballots, params int[] agree)
    {
        await page.GotoAsync(conference);
        foreach (var label in (string[])["Số phiếu phát ra", "Số phiếu thu vào", "Số phiếu hợp lệ"])
        {
            await page.GetByLabel(label).FillAsync(ballots.ToString(CultureInfo.InvariantCulture));
        }

        await page.GetByLabel("Số phiếu không hợp lệ").FillAsync("0");
        var lines = page.Locator("input[name^=dong-y-]");
        await Expect(lines).ToHaveCountAsync(agree.Length);
        for (var i = 0; i < agree.Length; i++)
        {
            await lines.Nth(i).FillAsync(agree[i].ToString(CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu biên bản" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã lưu.");
    }

    /// <summary>A counter reopens the conference, confirms the reconciled minutes and computes; the result table shows.</summary>
    public static async Task ComputeAsync(IPage page, string conference)
    {
        await page.GotoAsync(conference);
        await Expect(page.Locator("body")).ToContainTextAsync("Đã đối chiếu khớp");
        await page.GetByLabel("Tôi xác nhận biên bản đã đối chiếu", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tính kết quả" }).ClickAsync();
        await Expect(page.Locator(".planning-results table")).ToBeVisibleAsync();
    }

    /// <summary>The count cells (agree, passed, chosen) of the result row of the person named <paramref name="fullName"/>
    /// (the page names people, never by code).</summary>
    public static ILocator Cells(IPage page, string fullName) =>
        page.Locator(".planning-results tbody tr", new() { HasText = fullName }).Locator("td");

    /// <summary>The control labelled with a person's name (name alone, or name · current title and unit).</summary>
    public static ILocator PersonLabel(IPage page, string fullName) =>
        page.GetByLabel(new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(fullName)}( · |$)"));

    /// <summary>Clicks the link named <paramref name="link"/>, waits for the download and saves it under artifacts/downloads.</summary>
    public static async Task<string> DownloadAsync(IPage page, string link, string expectedFileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        Assert.Equal(expectedFileName, download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        var path = Path.Combine(BrowserSession.RepositoryRoot(), "artifacts", "downloads", expectedFileName);
        await download.SaveAsAsync(path);
        return path;
    }
}
