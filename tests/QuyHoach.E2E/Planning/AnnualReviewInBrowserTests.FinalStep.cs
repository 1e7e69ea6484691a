using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using static Microsoft.Playwright.Assertions;
using static QuyHoach.E2E.Planning.ConferenceSteps;

namespace QuyHoach.E2E.Planning;

/// <summary>Step 4 (tập thể lãnh đạo lần 2), the head's decision on a tie, closing the round and its documents.</summary>
public sealed partial class AnnualReviewInBrowserTests
{
    /// <summary>
    /// 6 of the 7 convened are present; > 50 % of the convened, so 4 passes; quota 2: 6 is chosen and 4, 4 tie for the
    /// second place (R-TIE-1). Closing is refused until the head's choice is recorded on the conference page.
    /// </summary>
    private async Task FinalWithTieAsync(BrowserSession staff, IPage counterA, IPage counterB, IPage outsider, string round)
    {
        var final = await OpenAsync(staff.Page, round, 4, "08/04/2022");
        await PrepareAsync(staff.Page, present: 6, convened: 7);
        await EnterTallyAsync(counterA, final, 6, 6, 4, 4);
        await EnterTallyAsync(counterB, final, 6, 6, 4, 4);
        await ComputeAsync(counterA, final);
        await Expect(counterA.Locator(".planning-results")).ToContainTextAsync("Có mặt 6/7; cần ít nhất 4 phiếu đồng ý");
        await Expect(Cells(counterA, Hai)).ToHaveTextAsync(["6", "Đạt", "Chọn"]);
        await Expect(Cells(counterA, Quang)).ToHaveTextAsync(["4", "Đạt", "Không chọn"]);
        await Expect(Cells(counterA, Hang)).ToHaveTextAsync(["4", "Đạt", "Không chọn"]);
        await Expect(counterA.GetByRole(AriaRole.Status).Filter(new() { HasText = "chờ người đứng đầu chọn 1 người" }))
            .ToContainTextAsync("Đợt quy hoạch chưa kết thúc được cho đến khi ghi nhận quyết định này");
        await Expect(counterA.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" })).ToHaveCountAsync(0);

        await staff.Page.GotoAsync(round);
        await staff.Page.GetByLabel("Tôi xác nhận kết thúc đợt quy hoạch", new() { Exact = false }).CheckAsync();
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" }).ClickAsync();
        await Expect(staff.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            "Có trường hợp bằng phiếu ở vị trí cuối chưa được người đứng đầu quyết định (R-TIE-1); chưa kết thúc được đợt quy hoạch.");
        await Expect(staff.Page.Locator(".planning-facts")).ToContainTextAsync("Đang tiến hành");

        await HeadDecidesAsync(final);

        // Announced step (R-DISC-1): the delegate sees the counts, the choice and the minutes link.
        await outsider.GotoAsync(final);
        await Expect(Cells(outsider, Hang)).ToHaveTextAsync(["4", "Đạt", "Chọn"]);
        await Expect(outsider.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản kiểm phiếu bước 4 (DOCX)" })).ToBeVisibleAsync();

        await staff.Page.GotoAsync(round);
        await staff.Page.GetByLabel("Tôi xác nhận kết thúc đợt quy hoạch", new() { Exact = false }).CheckAsync();
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" }).ClickAsync();
        await Expect(staff.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã kết thúc đợt quy hoạch." })).ToBeVisibleAsync();
        await Expect(staff.Page.Locator(".planning-facts")).ToContainTextAsync("Đã kết thúc");
        await RoundDocumentsAsync(staff.Page);
    }

    /// <summary>The leader records the head's choice by keyboard, then downloads the minutes of step 4 and opens them.</summary>
    private async Task HeadDecidesAsync(string final)
    {
        await using var leader = await app.OpenAsync(Name + ".Leader");
        await leader.SignInAsAsync(AppRoles.Leader);
        var page = leader.Page;
        await page.GotoAsync(final);
        var (chosen, first) = (Hang, Hai);
        await Expect(page.Locator("input[name=chon]")).ToHaveCountAsync(2);
        await PersonLabel(page, chosen).PressAsync("Space");
        await Expect(page.GetByLabel("Người đứng đầu", new() { Exact = true }).Locator("option")).ToHaveCountAsync(1); // the one convened head, chosen by name
        var headOption = await page.GetByLabel("Người đứng đầu", new() { Exact = true }).Locator("option").InnerTextAsync();
        var head = headOption.Split(" – ")[0];
        await page.GetByLabel("Ngày quyết định (dd/MM/yyyy)").FillAsync("08/04/2022");
        await page.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Bảo đảm cơ cấu cán bộ nữ");
        await page.GetByLabel("Tôi xác nhận ghi nhận quyết định này.").PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).PressAsync("Enter");
        await Expect(page.Locator(".planning-results")).ToContainTextAsync($"Người đứng đầu ({head}) quyết định ngày 08/04/2022: Bảo đảm cơ cấu cán bộ nữ");
        await Expect(Cells(page, Hang)).ToHaveTextAsync(["4", "Đạt", "Chọn"]);
        await Expect(Cells(page, Quang)).ToHaveTextAsync(["4", "Đạt", "Không chọn"]);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "chờ người đứng đầu" })).ToHaveCountAsync(0);

        var path = await DownloadAsync(page, "Tải biên bản kiểm phiếu bước 4 (DOCX)", "bien-ban-kiem-phieu-buoc-4-truong-phong-va-tuong-duong.docx");
        var (paragraphs, rows) = OfficeFiles.Word(path);
        Assert.Contains("BIÊN BẢN KIỂM PHIẾU", paragraphs);
        Assert.Contains("Kết quả kiểm phiếu được công bố tại hội nghị.", paragraphs);
        Assert.Contains(rows, r => r.Contains($" | {first} | ", StringComparison.Ordinal) && r.Contains(" | 6 | 85,71% | Đạt | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains($" | {chosen} | ", StringComparison.Ordinal) && r.Contains(" | 4 | 57,14% | Đạt | ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Người đứng đầu quyết định", StringComparison.Ordinal));
    }

    /// <summary>Staff downloads the summary across steps and the proposed list from the closed round's page.</summary>
    private static async Task RoundDocumentsAsync(IPage page)
    {
        var summary = OfficeFiles.Word(await DownloadAsync(page, "Tải bảng tổng hợp kết quả kiểm phiếu các bước (DOCX)", "bang-tong-hop-ket-qua-kiem-phieu-ra-soat-bo-sung-quy-hoach-nam-2022.docx"));
        Assert.Contains(summary.Paragraphs, p => p.Contains("Bước 2", StringComparison.Ordinal));
        Assert.Contains(summary.Paragraphs, p => p.Contains("Bước 4", StringComparison.Ordinal));
        Assert.Contains("37,50%", summary.Paragraphs);

        var list = OfficeFiles.Excel(await DownloadAsync(page, "Tải danh sách đề nghị phê duyệt quy hoạch (XLSX)", "danh-sach-de-nghi-quy-hoach-ra-soat-bo-sung-quy-hoach-nam-2022.xlsx"));
        var proposed = list["Đề nghị quy hoạch"];
        Assert.Equal(3, proposed.Length);
        Assert.Contains("SCT-0015", proposed[1], StringComparison.Ordinal);
        Assert.Contains("SCT-0017", proposed[2], StringComparison.Ordinal);
        Assert.Contains("Người đứng đầu quyết định", proposed[2], StringComparison.Ordinal);
        Assert.DoesNotContain(proposed, r => r.Contains("SCT-0016", StringComparison.Ordinal));
    }
}
