using QuyHoach.Data.Identity;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Tests.Admin;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The reports judge a plan approved without a round by the rule set in force that day as the store holds it (R-REG-4),
/// not the built-in catalogue: an administrator activates a version of QĐ 377 whose wait after approval is 6 months
/// instead of 3 (R-PRI-8), and on the hand-counted unit of <see cref="ReportFixtureSql"/> the three planned Phó trưởng
/// phòng (approved 15/05/2026) become appointable only from 16/11/2026, after B leaves on 31/08/2026: that title is now
/// at risk too (3 titles instead of 2). The appointment form states the wait of the set in force, never a number of its own.
/// </summary>
public sealed class ReportRuleSetStoreTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Coverage_UsesTheStoredRuleSetInForce_ALongerWaitPutsATitleAtRisk_AndTheAppointFormStatesIt()
    {
        var app = fixture.App;
        var unit = await ReportFixtureSql.EnsureAsync(app);
        var url = $"/api/v1/reports/bao-phu?ngay={Uri.EscapeDataString("01/06/2026")}&don-vi={unit}";
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        Assert.Equal(2, (await ReportFiguresTests.FiguresAsync(staff, url))["nguy-co"]);
        Assert.Contains("sau ít nhất 3 tháng kể từ ngày phê duyệt", await staff.Http.GetStringAsync(new Uri("/quy-hoach", UriKind.Relative)), StringComparison.Ordinal);

        var text = RuleSetCatalog.BuiltInJson("qd377")!;
        var longer = text.Replace("\"version\": \"2025.1\"", "\"version\": \"2026.9\"", StringComparison.Ordinal)
            .Replace("\"appointmentAfterApprovalMonths\": 3", "\"appointmentAfterApprovalMonths\": 6", StringComparison.Ordinal);
        Assert.NotEqual(text, longer);
        var admin = await app.SignInAsAsync(AppRoles.Admin);
        await RuleSetPages.ActivateAsync(admin, await RuleSetPages.UploadedAsync(admin, longer));

        var coverage = await ReportFiguresTests.FiguresAsync(staff, url);
        Assert.Equal(3, coverage["nguy-co"]);
        var list = await staff.Http.GetStringAsync(new Uri($"/bao-cao/danh-sach?bao-cao=bao-phu&chi-so=nguy-co&ngay={Uri.EscapeDataString("01/06/2026")}&don-vi={unit}", UriKind.Relative));
        Assert.Contains("bổ nhiệm được sớm nhất từ 16/11/2026", list, StringComparison.Ordinal);
        Assert.Contains("sau ít nhất 6 tháng kể từ ngày phê duyệt", await staff.Http.GetStringAsync(new Uri("/quy-hoach", UriKind.Relative)), StringComparison.Ordinal);
    }
}
