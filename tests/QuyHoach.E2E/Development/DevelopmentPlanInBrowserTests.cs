using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Development;

/// <summary>
/// <see cref="BrowserApp"/> where SCT-0023, planned Trưởng phòng in the demo's approved plan, is studying the title's
/// required political theory (R-STD-2): the verdict carries the obligation to finish the course.
/// </summary>
public sealed class StudyingCadreBrowserApp : BrowserApp
{
    public string CadreName { get; private set; } = "";

    protected override async Task PrepareAsync(QuyHoachAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            DELETE FROM political_theory_records WHERE cadre_id = (SELECT id FROM cadres WHERE code = 'SCT-0023');
            INSERT INTO political_theory_records (id, cadre_id, level, studying, year)
            SELECT gen_random_uuid(), (SELECT id FROM cadres WHERE code = 'SCT-0023'), required_political_theory, true, 2025 FROM titles WHERE code = 'SCT-TP';
            SELECT full_name FROM cadres WHERE code = 'SCT-0023';
            """, connection);
        CadreName = (string)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>
/// Issue 20 in a real browser: staff open a planned cadre's development plan, put the verdict's obligation into it, add
/// a rotation, close the training item with a certificate, and see the obligation disappear (R-USE-2, R-STD-2).
/// </summary>
public sealed class DevelopmentPlanInBrowserTests(StudyingCadreBrowserApp app) : IClassFixture<StudyingCadreBrowserApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Fact]
    public async Task StaffPlansRotation_ClosesTrainingWithCertificate_ObligationDisappears()
    {
        await using var session = await app.OpenAsync(nameof(DevelopmentPlanInBrowserTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Đào tạo, luân chuyển" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = app.CadreName, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(app.CadreName);
        await Expect(page.Locator("#danh-sach-nghia-vu")).ToContainTextAsync("Trình độ lý luận chính trị");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đưa các nghĩa vụ vào kế hoạch" }).ClickAsync();
        await Expect(page.Locator("#bang-viec")).ToContainTextAsync("Trình độ lý luận chính trị");

        // A rotation: kind, post and unit from pickers, dates typed.
        await page.GetByLabel("Loại việc").SelectOptionAsync(new SelectOptionValue { Label = "Luân chuyển" });
        await page.GetByLabel("Vị trí luân chuyển, biệt phái đến").SelectOptionAsync(new SelectOptionValue { Label = "Trưởng phòng và tương đương" });
        await page.GetByLabel("Từ ngày (dd/MM/yyyy)").FillAsync("01/01/2027");
        await page.GetByLabel("Đến ngày (dd/MM/yyyy)").FillAsync("31/12/2028");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào kế hoạch" }).ClickAsync();
        await Expect(page.Locator("#bang-viec")).ToContainTextAsync("Luân chuyển đến vị trí Trưởng phòng và tương đương");

        // The training item closed with its certificate: the registry gets the level, the obligation is gone.
        var option = await page.GetByLabel("Việc đã hoàn thành").Locator("option", new() { HasText = "Trình độ lý luận chính trị" }).GetAttributeAsync("value");
        await page.GetByLabel("Việc đã hoàn thành").SelectOptionAsync(option!);
        await page.GetByLabel("Ngày cấp chứng chỉ, ngày ký quyết định (dd/MM/yyyy)").FillAsync(DateTime.UtcNow.AddHours(7).AddDays(-7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByLabel("Số hiệu chứng chỉ, quyết định").FillAsync("CC-2026-15");
        await page.GetByLabel("Tệp văn bản").SetInputFilesAsync(new FilePayload { Name = "chung-chi-cao-cap.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận hoàn thành" }).ClickAsync();
        await Expect(page.Locator("#khong-con-nghia-vu")).ToBeVisibleAsync();
        await Expect(page.Locator("#danh-sach-nghia-vu")).ToHaveCountAsync(0);
        await Expect(page.Locator("#bang-viec")).ToContainTextAsync("chung-chi-cao-cap.pdf");
    }
}
