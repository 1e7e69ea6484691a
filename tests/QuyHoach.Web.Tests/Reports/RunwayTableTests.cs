using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The retirement wave's months-left table shows the first <see cref="RetirementWave.RunwayShown"/> plan lines, fewest
/// months first, and links the figure behind all of them: at national scope it listed 32,643 lines, a page of 12 MB
/// (bench/README.md). A unit of its own (Phòng Thử nghiệm thời gian còn lại) has 52 cadres planned for one title.
/// </summary>
public sealed class RunwayTableTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string UnitCode = "NDI-SCT-CL";
    private const int Planned = RetirementWave.RunwayShown + 2;

    [Fact]
    public async Task WavePage_ShowsTheFirstLinesFewestMonthsFirst_TheFigureListsThemAll()
    {
        var app = fixture.App;
        await ReportFixtureSql.ExecuteAsync(app, $"""
            INSERT INTO organisations (id, code, name, kind, level, parent_id, created_at)
            SELECT gen_random_uuid(), '{UnitCode}', 'Phòng Thử nghiệm thời gian còn lại', 'Division', 'Province', id, now() FROM organisations WHERE code = 'NDI-SCT';
            INSERT INTO titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, regulated_seats, term_track, professional_may_follow, state_management_may_follow)
            SELECT gen_random_uuid(), id, 'CL-PP', 'Phó trưởng phòng', 20, 'so', 'Leadership', false, 2, 'State', false, false FROM organisations WHERE code = '{UnitCode}';
            INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, ethnicity, created_at, updated_at)
            SELECT gen_random_uuid(), 'CL-' || n, (SELECT id FROM organisations WHERE code = '{UnitCode}'), 'Lưu Văn Cường ' || n, 'Cường', 'luu van cuong ' || n, 'Male', 1968 + n % 20, 1 + n % 12, 'Kinh', now(), now()
            FROM generate_series(1, {Planned}) AS n;
            INSERT INTO plan_decisions (id, kind, organisation_id, management_authority_id, term_id, number, signed_on, signer_name, signer_position, recorded_by_user_id, recorded_at)
            VALUES (gen_random_uuid(), 'Approval', (SELECT id FROM organisations WHERE code = 'NDI-SCT'), (SELECT id FROM management_authorities WHERE code = 'NDI-SCT-DQL'),
                    (SELECT id FROM terms WHERE code = '2025-2030'), 'CL/QĐ-BC', DATE '2026-05-15', 'Trần Văn Ký', 'Giám đốc', (SELECT id FROM users ORDER BY user_name LIMIT 1), now());
            INSERT INTO plan_entries (id, cadre_id, title_id, term_id, organisation_id, approval_decision_id, effective_from)
            SELECT gen_random_uuid(), c.id, (SELECT id FROM titles WHERE code = 'CL-PP'), d.term_id, c.organisation_id, d.id, d.signed_on
            FROM cadres c, plan_decisions d WHERE c.code LIKE 'CL-%' AND d.number = 'CL/QĐ-BC';
            """);
        var unit = await ReportFixtureSql.ScalarAsync<Guid>(app, $"SELECT id FROM organisations WHERE code = '{UnitCode}'");
        var query = $"ngay=01%2F06%2F2026&don-vi={unit}";
        var staff = new Planning.PlanningClient(await app.SignInAsAsync(AppRoles.Staff));

        // The figure counts every plan line in force that day, as a query of the test's own counts them.
        var inForce = await ReportFixtureSql.ScalarAsync<long>(app, $"""
            SELECT count(*) FROM plan_entries e JOIN organisations o ON o.id = e.organisation_id
            WHERE o.code = '{UnitCode}' AND e.effective_from <= DATE '2026-06-01' AND (e.ended_on IS NULL OR e.ended_on > DATE '2026-06-01')
            """);
        Assert.Equal(Planned, inForce);
        Assert.Equal(Planned, (await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/nghi-huu?{query}"))["con-lai"]);

        var page = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri($"/bao-cao/nghi-huu?{query}", UriKind.Relative)));
        var rows = page.QuerySelectorAll("#bang-con-lai tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(RetirementWave.RunwayShown, rows.Count);
        var months = rows.Select(r => int.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(months.Order(), months);
        var all = page.QuerySelector("#con-lai-day-du a.report-figure")!;
        Assert.Equal(Planned.ToString(System.Globalization.CultureInfo.InvariantCulture), all.TextContent);

        // The list behind it: every line, the page's first lines first, in the same order.
        var list = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri(all.GetAttribute("href")!, UriKind.Relative)));
        var names = list.QuerySelectorAll("#danh-sach tbody th").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Planned, names.Count);
        Assert.Equal(rows.Select(r => r[0]), names.Take(RetirementWave.RunwayShown));
        Assert.Contains(list.QuerySelectorAll("#danh-sach tbody td"), c => c.TextContent.Contains($"còn lại {months[0]} tháng", StringComparison.Ordinal));
    }
}
