using System.Net;
using AngleSharp.Html.Parser;
using QuyHoach.Web.Tests.Plans;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Development;

/// <summary>
/// The appointment form of the plan page against the title's standards (R-STD-1, R-STD-2, R-PRO-1, R-USE-1): a standard
/// the rule set says must be met first refuses the appointment naming it; one that may be completed after appointment
/// (the state-management level of a title that allows it) lets it through and the page names it as a warning.
/// </summary>
public sealed class AppointmentStandardsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Cadre = "SCT-0023";

    [Fact]
    public async Task AppointForm_RefusesMustStandards_AndWarnsOfWarnOnlyStandards_NamingEach()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        await ExecuteAsync($"""
            UPDATE titles SET required_state_management = (SELECT required_state_management FROM titles WHERE required_state_management IS NOT NULL LIMIT 1),
                state_management_may_follow = true WHERE code = 'SCT-TP';
            DELETE FROM state_management_records WHERE cadre_id = (SELECT id FROM cadres WHERE code = '{Cadre}');
            DELETE FROM political_theory_records WHERE cadre_id = (SELECT id FROM cadres WHERE code = '{Cadre}');
            INSERT INTO political_theory_records (id, cadre_id, level, studying, year)
            SELECT gen_random_uuid(), (SELECT id FROM cadres WHERE code = '{Cadre}'), required_political_theory, true, 2025 FROM titles WHERE code = 'SCT-TP';
            """);
        var cadreId = (await fixture.App.CadreIdAsync(Cadre))!.Value;
        var startedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-1);

        var refused = await AppointAsync(plans, cadreId, startedOn);
        var alert = new HtmlParser().ParseDocument(refused).QuerySelector("#ghi-nhan-bo-nhiem [role=alert]")?.TextContent ?? refused;
        Assert.Contains("chưa đạt tiêu chuẩn phải có trước khi bổ nhiệm", alert, StringComparison.Ordinal);
        Assert.Contains("Trình độ lý luận chính trị (hoàn thành khóa học đang học) (R-STD-2)", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("quản lý nhà nước", alert, StringComparison.Ordinal);

        // The course is finished: only the warn-only standard is left; the appointment is saved and the page names it.
        await ExecuteAsync($"UPDATE political_theory_records SET studying = false, completed_on = DATE '2025-06-30' WHERE cadre_id = '{cadreId}'");
        var saved = await AppointAsync(plans, cadreId, startedOn);
        var warnings = new HtmlParser().ParseDocument(saved).QuerySelectorAll("#canh-bao-bo-nhiem li").Select(li => li.TextContent).ToList();
        var warning = Assert.Single(warnings);
        Assert.StartsWith("Chưa đạt Trình độ quản lý nhà nước", warning, StringComparison.Ordinal);
        Assert.EndsWith("(R-PRO-1)", warning, StringComparison.Ordinal);
        Assert.Contains("Đã ghi nhận bổ nhiệm", saved, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.App.AuditCountAsync("appointment.recorded"));
    }

    private static async Task<string> AppointAsync(PlansDriver plans, Guid cadreId, DateOnly startedOn)
    {
        using var response = await PageForms.SubmitAsync(plans.Staff.Http, "/quy-hoach", "#ghi-nhan-bo-nhiem",
            ("Appoint.CadreId", cadreId.ToString()), ("Appoint.TitleCode", "SCT-TP"), ("Appoint.StartedOn", $"{startedOn:dd/MM/yyyy}"), ("Appoint.DecisionNumber", "31/QĐ-SCT"));
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}\n{html}");
        return html;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
