using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Registry;

/// <summary>
/// The registry issue's browser scenario: template download, an import of 50 cadres with one error reported, the
/// fixed file imported, the new cadre found without diacritics and screened; another department cannot open it.
/// </summary>
public sealed class ImportingInTheBrowserTests(RegistryBrowserApp app) : IClassFixture<RegistryBrowserApp>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Staff_ImportsFiftyCadres_FixesTheReportedError_FindsAndScreensOne()
    {
        string profileUrl;
        await using (var session = await app.OpenAsync(nameof(ImportingInTheBrowserTests) + ".Staff"))
        {
            var page = session.Page;
            await session.SignInAsAsync(AppRoles.Staff);
            await page.GotoAsync("/can-bo");
            await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ Excel" }).ClickAsync();

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "tệp mẫu" }).ClickAsync());
            Assert.Equal("mau-nhap-du-lieu-can-bo.xlsx", download.SuggestedFilename);

            await UploadAsync(page, Fifty(withError: true));
            await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Chưa có dữ liệu nào được ghi");
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Ngày sinh");

            await page.GotoAsync("/nhap-du-lieu");
            await UploadAsync(page, Fifty(withError: false));
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Tệp hợp lệ");
            await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng vào sổ cán bộ" }).ClickAsync();
            await Expect(page.GetByText("Đã nhập xong.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("50");

            await page.GotoAsync("/can-bo");
            await page.GetByLabel("Họ tên hoặc mã cán bộ").FillAsync("nguyen thi anh tuyet");
            await page.GetByLabel("Họ tên hoặc mã cán bộ").PressAsync("Enter");
            await page.GetByRole(AriaRole.Link, new() { Name = "Nguyễn Thị Ánh Tuyết" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nguyễn Thị Ánh Tuyết" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Phó trưởng phòng và tương đương").First).ToBeVisibleAsync();
            await Expect(page.Locator("body")).ToContainTextAsync("R-");
            profileUrl = page.Url;
        }

        await using var other = await app.OpenAsync(nameof(ImportingInTheBrowserTests) + ".OtherDepartment");
        await other.SignInAsync(app.Other.StaffUserName, QuyHoachAppFactory.DemoPassword);
        await other.Page.GotoAsync(profileUrl);
        await Expect(other.Page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy trang" })).ToBeVisibleAsync();
    }

    private static async Task UploadAsync(IPage page, byte[] file)
    {
        await page.GetByLabel("Tệp Excel (.xlsx, tối đa 20 MB)").SetInputFilesAsync(new FilePayload { Name = "can-bo.xlsx", MimeType = Xlsx, Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
    }

    /// <summary>50 chuyên viên of the demo divisions; the first is the one searched for later.</summary>
    private static byte[] Fifty(bool withError)
    {
        var files = new RegistryFiles().Cadre("E2E-0001", "Nguyễn Thị Ánh Tuyết", sex: "Nữ", birth: "20/11/1990", politicalTheory: "Trung cấp", extra: "Cử nhân Kinh tế");
        string[] names = ["Trần Văn Bảo", "Lê Thị Cúc", "Phạm Quốc Dũng", "Hoàng Thu Giang", "Vũ Đức Hải", "Đặng Thị Kim", "Bùi Minh Lộc", "Đỗ Thanh Nga", "Hồ Văn Phúc", "Ngô Thị Quỳnh"];
        for (var i = 2; i <= 50; i++)
        {
            var birth = withError && i == 17 ? "30/02/1985" : $"{1 + (i % 27):D2}/{1 + (i % 12):D2}/{1975 + (i % 20)}";
            files.Cadre($"E2E-{i:D4}", names[i % names.Length], sex: i % 2 == 0 ? "Nam" : "Nữ", birth: birth, unit: $"NDI-SCT-P0{1 + (i % 8)}");
        }

        return files.Build();
    }
}
