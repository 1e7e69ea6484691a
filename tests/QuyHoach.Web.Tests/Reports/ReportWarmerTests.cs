using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// Today's reports are read ahead of their readers (ReportWarmer, ADR 0029): after the start, the home page and reports
/// of the broadest scopes of the accounts that may read them; after a change, every report asked for today, so that the
/// next request is served from memory with the change in it. Each app here is its own (the factory turns reading ahead
/// off; other tests count the cache's reads).
/// </summary>
public sealed class ReportWarmerTests
{
    [Fact]
    public async Task AfterTheStart_TheScopesOfTheReadersAreReadAhead_TheirFirstHomePageAndReportsAreServedFromMemory()
    {
        await using var app = await QuyHoachAppFactory.CreateAsync(new Dictionary<string, string?> { [ReportWarmer.Setting] = "1" });
        var warmer = app.Services.GetRequiredService<ReportWarmer>();
        var cache = app.Services.GetRequiredService<ReportCache>();
        await WaitAsync(() => warmer.Passes >= 1);

        // The department's staff and the province's inspector: neither has asked for anything yet.
        var before = cache.Counts;
        foreach (var role in new[] { AppRoles.Staff, AppRoles.Inspector })
        {
            var reader = new Planning.PlanningClient(await app.SignInAsAsync(role));
            await reader.Http.GetStringAsync(new Uri("/", UriKind.Relative));
            foreach (var report in ReportsHandler.Names.Keys)
            {
                Assert.NotEmpty(await ReportFiguresTests.FiguresAsync(reader, $"/api/v1/reports/{report}"));
            }
        }

        var asked = 2 * (1 + ReportsHandler.Names.Count);
        Assert.Equal((before.Served + asked, before.Read), (cache.Counts.Served, cache.Counts.Read));

        // The passes are counted for the operator (and the benchmarks, which wait for one) at /metrics.
        var admin = await app.SignInAsAsync(AppRoles.Admin);
        using var metrics = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        metrics.Headers.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Contains("quyhoach_reports_warm_passes_total", await (await admin.SendAsync(metrics)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportAskedForToday_IsReadAgainAfterAChange_BeforeItIsAskedForAgain()
    {
        await using var app = await QuyHoachAppFactory.CreateAsync();
        var warmer = app.Services.GetRequiredService<ReportWarmer>();
        var (staff, cache, _) = await ReportFixtureSql.HandCountedAsync(app);
        var unit = await ReportFixtureSql.EnsureAsync(app);
        var url = $"/api/v1/reports/bao-phu?don-vi={unit}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        var root = await ReportFixtureSql.StaffRootAsync(app);
        Assert.Contains(new WarmTarget(root, unit, ReportPaths.Coverage), warmer.Targets);
        Assert.True(await warmer.WarmIfChangedAsync(CancellationToken.None));
        Assert.False(await warmer.WarmIfChangedAsync(CancellationToken.None));

        // A new leadership title with nobody in it nor planned: read ahead once committed, served with it.
        await ReportFixtureSql.ExecuteAsync(app, """
            INSERT INTO titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, regulated_seats, term_track, professional_may_follow, state_management_may_follow)
            SELECT gen_random_uuid(), id, 'BC-PCT-W', 'Phó chánh thanh tra', 15, 'so', 'Leadership', false, 1, 'State', false, false FROM organisations WHERE code = 'NDI-SCT-BC'
            """);
        var before = cache.Counts;
        // Read ahead once nothing more has changed for one check (not in the middle of a burst of writes).
        Assert.False(await warmer.WarmIfChangedAsync(CancellationToken.None));
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE titles SET name = name WHERE false");
        Assert.False(await warmer.WarmIfChangedAsync(CancellationToken.None));
        Assert.Equal(before.Read, cache.Counts.Read);
        Assert.True(await warmer.WarmIfChangedAsync(CancellationToken.None));
        Assert.Equal(before.Read + 1, cache.Counts.Read);
        var after = await ReportFiguresTests.FiguresAsync(staff, url);
        Assert.Equal((before.Served + 1, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));
        Assert.Equal((first["chuc-danh"] + 1, first["chua-co-quy-hoach"] + 1), (after["chuc-danh"], after["chua-co-quy-hoach"]));

        // A day other than today is not read ahead.
        await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Structure}?don-vi={unit}&ngay={Uri.EscapeDataString("01/06/2026")}");
        Assert.Equal([ReportPaths.Coverage], warmer.Targets.Where(t => t.Unit == unit).Select(t => t.Report));
    }

    private static async Task WaitAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "Reading ahead did not finish within two minutes.");
            await Task.Delay(100);
        }
    }
}
