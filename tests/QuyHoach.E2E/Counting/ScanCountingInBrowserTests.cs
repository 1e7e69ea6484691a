using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Documents.Ballots;
using QuyHoach.E2E.Planning;
using QuyHoach.Scanning.Corpus;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Planning.ConferenceSteps;

namespace QuyHoach.E2E.Counting;

/// <summary>
/// Issue 15 in a real browser: staff print the key-cadre step's ballots (eight present, eight sheets); the sheets are
/// marked by a program that knows the truth and scanned into one PDF; the first counter uploads it, watches it read,
/// decides the one faint sheet and enters the scan as their tally; the second counter enters the paper count by hand;
/// they reconcile, the results match the truth, the minutes carry the counting log and the hash annex, and a delegate
/// cannot see any sheet image of the sealed step.
/// </summary>
public sealed class ScanCountingInBrowserTests(PlanningBrowserApp app) : IClassFixture<PlanningBrowserApp>
{
    private const string Name = nameof(ScanCountingInBrowserTests);

    /// <summary>The printed lines each sheet marks (by ballot order); sheet 6 also carries a faint mark on line 2.</summary>
    private static readonly int[][] Marked = [[0, 1], [0], [0, 1], [1, 2], [0, 2], [0], [0], []];

    [Fact]
    public async Task StaffPrint_CommitteeUploadsReviewsAndReconciles_MinutesCarryLogAndHashes()
    {
        await using var staff = await app.OpenAsync(Name + ".Staff");
        await using var counterA = await app.OpenAsync(Name + ".CounterA");
        await using var counterB = await app.OpenAsync(Name + ".CounterB");
        await using var outsider = await app.OpenAsync(Name + ".Delegate");
        await staff.SignInAsAsync(AppRoles.Staff);
        await counterA.SignInAsAsync(AppRoles.Counter);
        await counterB.SignInAsync(PlanningBrowserApp.SecondCounter, QuyHoachAppFactory.DemoPassword);
        await outsider.SignInAsAsync(AppRoles.Delegate);

        var conference = await KeyCadreStepAsync(staff.Page);
        await Expect(staff.Page.Locator("body")).ToContainTextAsync("Cần in 8 tờ mỗi phiếu");
        var printed = await DownloadAsync(staff.Page, "Tải phiếu để in (PDF)", "phieu-buoc-2-ra-soat-quy-hoach-nam-2022-quet-phieu.pdf");
        var scan = Path.Combine(Path.GetDirectoryName(printed)!, "ban-quet-buoc-2.pdf");
        await File.WriteAllBytesAsync(scan, MarkAndScan(await File.ReadAllBytesAsync(printed)));

        var image = await UploadAndReviewAsync(counterA.Page, conference, scan);
        await EnterTallyAsync(counterB.Page, conference, 8, 6, 3, 2);
        await Expect(counterB.Page.Locator("body")).ToContainTextAsync("Đã đối chiếu khớp");
        await ComputeAsync(counterB.Page, conference);
        await Expect(Cells(counterB.Page, "Hoàng Xuân Hải")).ToHaveTextAsync(["6", "Đạt", "–"]);

        var minutes = await DownloadAsync(counterB.Page, "Tải biên bản kiểm phiếu bước 2 (DOCX)", "bien-ban-kiem-phieu-buoc-2-truong-phong-va-tuong-duong.docx");
        var (paragraphs, _) = OfficeFiles.Word(minutes);
        Assert.Contains("NHẬT KÝ KIỂM PHIẾU BẰNG MÁY QUÉT", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("tải lên tệp ban-quet-buoc-2.pdf (8 trang", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("ghi nhận phiếu hợp lệ", StringComparison.Ordinal) && p.Contains("Dấu ở dòng 3 rất mờ", StringComparison.Ordinal));
        Assert.Equal(8, paragraphs.Count(p => Regex.IsMatch(p, "^- Tệp ban-quet-buoc-2\\.pdf, trang [1-8]: [0-9a-f]{64}$")));

        // A delegate in scope, outside the committee: the step is sealed, so is every sheet image (R-DISC-1).
        await outsider.Page.GotoAsync($"{conference}/kiem-phieu-quet");
        await Expect(outsider.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("không công bố");
        await Expect(outsider.Page.Locator("svg.scan-sheet")).ToHaveCountAsync(0);
        var refused = await outsider.Page.APIRequest.GetAsync(image);
        Assert.Equal(403, refused.Status);
    }

    /// <summary>Staff create the round, its source list and the key-cadre step (8 of 11 present, both counters named).</summary>
    private static async Task<string> KeyCadreStepAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Đợt quy hoạch" }).ClickAsync();
        await page.GetByLabel("Tên đợt").FillAsync("Rà soát quy hoạch năm 2022 (quét phiếu)");
        await page.GetByLabel("Loại đợt").SelectOptionAsync("annual-review");
        await page.GetByLabel("Cấp có thẩm quyền phê duyệt").SelectOptionAsync("NDI-SCT-DQL");
        await page.GetByLabel("Nhiệm kỳ").SelectOptionAsync("2020-2025");
        await page.GetByLabel("Tháng tham chiếu (MM/yyyy)").FillAsync("04/2022");
        await page.GetByLabel("Bộ quy tắc").SelectOptionAsync("qd50-nam-dinh");
        await page.Locator("#quota-SCT-TP").FillAsync("2");
        await page.GetByLabel("Hạn bước 4").FillAsync("10/04/2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo đợt quy hoạch" }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Đã tạo đợt quy hoạch");
        foreach (var code in (string[])["SCT-0015", "SCT-0016", "SCT-0017"])
        {
            await page.Locator("#tim-nguon-tim").FillAsync(code);
            await page.Locator("#nguon-lua-chon input[type=radio]").First.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách nguồn" }).ClickAsync();
            await Expect(page.Locator(".planning-source")).ToContainTextAsync(code);
        }

        var round = new Uri(page.Url).AbsolutePath;
        await OpenAsync(page, round, 1, "05/04/2022");
        await AttendAsync(page, 5);
        var conference = await OpenAsync(page, round, 2, "06/04/2022");
        await PrepareAsync(page, present: 8, convened: 11);
        return conference;
    }

    /// <summary>Each of the eight sheets marked as <see cref="Marked"/> says (a faint extra mark on sheet 6), scanned at 150 dpi.</summary>
    private static byte[] MarkAndScan(byte[] printed)
    {
        var boxes = ScanFile.Boxes(BallotPaperKind.Nomination, 2, 3, 0)[0].Boxes;
        var marks = Marked.SelectMany((lines, sheet) => lines.Select(line => new PenMark(sheet, boxes[line].Box, MarkStyle.Filled))).ToList();
        marks.Add(new PenMark(6, boxes[2].Box, MarkStyle.Faint));
        return ScanFile.MarkedPdf(printed, 150, marks, seed: 2022);
    }

    /// <summary>The first counter uploads the scan, decides the faint sheet and enters the scan's totals as their tally;
    /// returns the address of the reviewed sheet's image.</summary>
    private static async Task<string> UploadAndReviewAsync(IPage page, string conference, string scan)
    {
        await page.GotoAsync(conference);
        await page.GetByRole(AriaRole.Link, new() { Name = "Kiểm phiếu bằng máy quét", Exact = false }).ClickAsync();
        await page.GetByLabel("Tệp bản quét", new() { Exact = false }).SetInputFilesAsync(scan);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và đọc phiếu" }).ClickAsync();
        await Expect(page.Locator("table").First).ToContainTextAsync("Đã đọc xong", new() { Timeout = 120_000 });
        await Expect(page.Locator("#cho-xem-xet")).ToContainTextAsync("(1)");
        await Expect(page.Locator("body")).ToContainTextAsync("mờ");
        await Expect(page.Locator("svg.scan-sheet polygon")).Not.ToHaveCountAsync(0);
        var image = await page.Locator("svg.scan-sheet image").First.GetAttributeAsync("href") ?? "";

        var review = page.Locator("article.scan-review");
        await review.GetByLabel("Phiếu hợp lệ", new() { Exact = true }).CheckAsync();
        await Expect(review.GetByLabel("Hoàng Xuân Hải")).ToBeCheckedAsync();
        await review.GetByLabel("Lý do").FillAsync("Dấu ở dòng 3 rất mờ, không rõ ý đánh dấu; tính phiếu hợp lệ với dòng 1");
        await review.GetByRole(AriaRole.Button, new() { Name = "Ghi quyết định" }).ClickAsync();
        await Expect(page.Locator("#ket-qua")).ToContainTextAsync("Đã ghi quyết định");
        await Expect(page.Locator("#cho-xem-xet")).ToContainTextAsync("(0)");

        await page.GetByLabel("Số phiếu thu vào", new() { Exact = false }).FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi thành biên bản" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("khác số phiếu thu vào (7 phiếu)");
        await page.GetByLabel("Số phiếu thu vào", new() { Exact = false }).FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi thành biên bản" }).ClickAsync();
        await Expect(page.Locator("#ket-qua")).ToContainTextAsync("Đã lưu");
        return image;
    }
}
