using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The pipeline report as of a past day reads each round's status from the moments the round stores: a round created
/// on 10/01/2026, whose first conference fixed its rule set on 01/03/2026 and which closed on 01/05/2026, was being
/// prepared on 15/02, running on 15/03 and closed on 15/05; a round cancelled on 01/04/2026 before any conference was
/// being prepared until then. Each count is checked against a query written here from the same stored moments.
/// </summary>
public sealed class PipelineAsOfTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("15/02/2026", "2026-02-16", 2, 0, 0, 0)]
    [InlineData("15/03/2026", "2026-03-16", 1, 1, 0, 0)]
    [InlineData("15/04/2026", "2026-04-16", 0, 1, 0, 1)]
    [InlineData("15/05/2026", "2026-05-16", 0, 0, 1, 1)]
    public async Task Pipeline_AsOfAPastDay_EachRoundHasTheStatusItHadThatDay(string asOf, string end, int draft, int running, int closed, int cancelled)
    {
        var app = fixture.App;
        var unit = await ReportFixtureSql.EnsureAsync(app);
        if (await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM planning_rounds WHERE name LIKE 'Lịch sử đợt%'") == 0)
        {
            await ReportFixtureSql.ExecuteAsync(app, $"""
                INSERT INTO planning_rounds (id, organisation_id, management_authority_id, term_id, kind, name, reference_year, reference_month, status,
                                             created_by_user_id, created_at, rule_set_frozen_at, closed_at, cancelled_at)
                SELECT gen_random_uuid(), o.id, (SELECT id FROM management_authorities WHERE code = 'NDI-SCT-DQL'), (SELECT id FROM terms WHERE code = '2025-2030'),
                       'AnnualReview', v.name, 2026, 1, v.status, (SELECT id FROM users ORDER BY user_name LIMIT 1), TIMESTAMPTZ '2026-01-10 09:00+07',
                       v.frozen::timestamptz, v.closed::timestamptz, v.cancelled::timestamptz
                FROM organisations o, (VALUES ('Lịch sử đợt: đã kết thúc', 'Closed', '2026-03-01 09:00+07', '2026-05-01 09:00+07', NULL),
                                              ('Lịch sử đợt: hủy khi chuẩn bị', 'Cancelled', NULL, NULL, '2026-04-01 09:00+07')) v(name, status, frozen, closed, cancelled)
                WHERE o.id = '{unit}';
                """);
        }

        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var figures = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/tien-do?ngay={Uri.EscapeDataString(asOf)}&don-vi={unit}");
        Assert.Equal((draft, running, closed, cancelled), (figures["dot-chuan-bi"], figures["dot-dang-tien-hanh"], figures["dot-da-ket-thuc"], figures["dot-da-huy"]));

        var counted = (await ReportFixtureSql.RowsAsync(app, $"""
            SELECT CASE WHEN cancelled_at < TIMESTAMPTZ '{end} 00:00+07' THEN 'dot-da-huy'
                        WHEN closed_at < TIMESTAMPTZ '{end} 00:00+07' THEN 'dot-da-ket-thuc'
                        WHEN rule_set_frozen_at < TIMESTAMPTZ '{end} 00:00+07' THEN 'dot-dang-tien-hanh' ELSE 'dot-chuan-bi' END, count(*)
            FROM planning_rounds WHERE name LIKE 'Lịch sử đợt%' AND created_at < TIMESTAMPTZ '{end} 00:00+07' GROUP BY 1
            """)).ToDictionary(r => r.Key, r => (int)r.Count);
        Assert.All(counted, c => Assert.Equal(c.Value, figures[c.Key]));
        Assert.Equal(draft + running + closed + cancelled, counted.Values.Sum());
    }
}
