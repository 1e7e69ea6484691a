using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.E2E.Accessibility;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Registry;

/// <summary>
/// The national exchange in a browser (R-XCH-1, R-XCH-2): a cadre with a personal identification number is imported,
/// the staff export the records, the file comes back with one field changed, the report shows ours against theirs
/// before anything is written (a page with no axe violation, no sideways scroll on a phone), and the confirmation
/// writes it.
/// </summary>
public sealed class ExchangingInTheBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Staff_ExportsChangesOneFieldUploads_SeesTheDifference_ConfirmsIt()
    {
        await using var session = await app.OpenAsync(nameof(ExchangingInTheBrowserTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        await page.GotoAsync("/nhap-du-lieu");
        var file = new RegistryFiles().Cadre("TD-0001", "Trịnh Văn Sơn", personalIdNumber: "036085000901").Build();
        await page.GetByLabel("Tệp Excel (.xlsx, tối đa 20 MB)").SetInputFilesAsync(new FilePayload { Name = "can-bo.xlsx", MimeType = Xlsx, Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng vào sổ cán bộ" }).ClickAsync();
        await Expect(page.GetByText("Đã nhập xong.")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Link, new() { Name = "Trao đổi CSDL quốc gia" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Xuất tệp JSON" }).ClickAsync());
        var document = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!.AsObject();
        var record = document["hoSo"]!.AsArray().Single(r => (string?)r!["maCanBo"] == "TD-0001")!;
        record["danToc"] = "Tày";

        await page.GetByLabel("Tệp trao đổi (.json hoặc .xlsx, tối đa 20 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "trao-doi.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(document.ToJsonString()),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đối chiếu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Chưa có dữ liệu nào được ghi");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dân tộc" });
        await Expect(row).ToContainTextAsync("Kinh");
        await Expect(row).ToContainTextAsync("Tày");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Trịnh Văn Sơn");
        // The report page exists only after an upload: the accessibility crawl cannot reach it, so it is checked here.
        var problems = (await PageChecks.AxeAsync(page)).Concat(await PageChecks.SidewaysAsync(page)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận cập nhật" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã cập nhật 1 hồ sơ theo tệp.");
    }
}
