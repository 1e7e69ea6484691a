using System.Globalization;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.PlanningPages;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A fresh demo (its own empty database seeded by the app's first start, the round left mid-way included) shows every
/// report with content for the department's staff: titles nobody is planned for, a retirement wave, a structure target
/// missed, a step overdue, dossiers with a missing and a stale item, a decision due within its 30 working days and one
/// overdue, development items overdue and due soon; each pipeline figure equals a query written here.
/// </summary>
public sealed class DemoReportsTests : IAsyncLifetime
{
    private QuyHoachAppFactory? _app;

    public async Task InitializeAsync() => _app = new QuyHoachAppFactory(await TestDatabase.CreateEmptyAsync(), ownsDatabase: true);

    public async Task DisposeAsync() => await _app!.DisposeAsync();

    [Fact]
    public async Task FreshDemo_EveryReportHasContent_PipelineFiguresEqualAnIndependentQuery()
    {
        var app = _app!;
        var staff = new PlanningClient(await app.SignInAsUserAsync("chuyenvien"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var coverage = await ReportFiguresTests.FiguresAsync(staff, "/api/v1/reports/bao-phu");
        Assert.True(coverage["chua-co-quy-hoach"] > 0 && coverage["can-bo-quy-hoach"] > 0, "some titles uncovered, some planned");
        var wave = await ReportFiguresTests.FiguresAsync(staff, "/api/v1/reports/nghi-huu");
        Assert.True(wave.Where(f => f.Key.StartsWith("dn-", StringComparison.Ordinal)).Sum(f => f.Value) > 0, "a retirement wave");
        var structure = await PageForms.GetAsync(staff.Http, "/bao-cao/co-cau");
        Assert.Contains("chưa đạt, thiếu", structure.QuerySelector("#bang-co-cau")!.TextContent, StringComparison.Ordinal);

        var pipeline = await ReportFiguresTests.FiguresAsync(staff, "/api/v1/reports/tien-do");
        var expected = await ReportFixtureSql.RowsAsync(app, $"""
            WITH d AS (SELECT d.id, d.completed_on, count(DISTINCT x.item) AS items,
                              bool_or(x.item BETWEEN 2 AND 5 AND x.document_date < DATE '{today}' - interval '6 months') AS stale
                       FROM dossiers d LEFT JOIN dossier_documents x ON x.dossier_id = d.id GROUP BY d.id, d.completed_on),
            -- A step of a running round is done once recorded so or once a later step has held its conference.
            open_steps AS (SELECT s.due_on FROM round_steps s JOIN planning_rounds r ON r.id = s.round_id
                           WHERE r.status = 'InProgress' AND s.completed_on IS NULL AND NOT EXISTS (SELECT 1 FROM round_steps l
                               JOIN conferences c ON c.step_id = l.id WHERE l.round_id = s.round_id AND l.number > s.number))
            SELECT 'dot-dang-tien-hanh', count(*) FROM planning_rounds WHERE status = 'InProgress'
            UNION ALL SELECT 'buoc-qua-han', count(*) FROM open_steps WHERE due_on < DATE '{today}'
            UNION ALL SELECT 'buoc-chua-den-han', count(*) FROM open_steps WHERE due_on > DATE '{today}'
            UNION ALL SELECT 'hs-tong', count(*) FROM d
            UNION ALL SELECT 'hs-thieu', count(*) FROM d WHERE items < 6
            UNION ALL SELECT 'hs-qua-6-thang', count(*) FROM d WHERE stale
            """);
        Assert.All(expected, e => Assert.True(e.Count > 0 && e.Count == pipeline[e.Key], $"{e.Key}: {e.Count} counted, {pipeline[e.Key]} in the report"));
        Assert.Equal((3, 1, 1, 1), (pipeline["hs-tong"], pipeline["hs-thieu"], pipeline["qd-trong-han"], pipeline["qd-qua-han"]));

        var quality = await ReportFiguresTests.FiguresAsync(staff, "/api/v1/reports/chat-luong");
        var items = await ReportFixtureSql.RowsAsync(app, $"""
            SELECT 'ptr-qua-han', count(*) FROM development_items WHERE status = 'Open' AND due_on < DATE '{today}'
            UNION ALL SELECT 'ptr-den-han', count(*) FROM development_items WHERE status = 'Open' AND due_on BETWEEN DATE '{today}' AND DATE '{today}' + 90
            """);
        Assert.Equal(items.Select(i => (i.Key, 1L)), items.Select(i => (i.Key, (long)quality[i.Key])));

        var home = await PageForms.GetAsync(staff.Http, "/");
        var links = home.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, h => h.StartsWith("/dot-quy-hoach/", StringComparison.Ordinal));
    }
}
