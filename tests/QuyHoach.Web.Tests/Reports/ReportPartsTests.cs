using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A snapshot is read in two parts, each kept while its own tables are unchanged (BenchReader, ADR 0025): the titles and
/// their incumbents, and the plan. The quality report's facts are kept by the people they are for. Proven on the
/// hand-counted unit (ReportFixtureSql): a change to the plan reads the plan again and serves the incumbents, with the
/// figures a read of everything gives; a set built on a kept part depends on that part's tables too.
/// </summary>
public sealed class ReportPartsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string AsOf = "01/06/2026";

    // C's plan starts after the report's day: one planned cadre fewer, and the Trưởng phòng uncovered.
    private const string PlanLater = "UPDATE plan_entries SET effective_from = DATE '2026-07-01' WHERE cadre_id = (SELECT id FROM cadres WHERE code = 'BC-C')";
    private const string PlanBack = "UPDATE plan_entries SET effective_from = DATE '2026-05-15' WHERE cadre_id = (SELECT id FROM cadres WHERE code = 'BC-C')";

    [Fact]
    public async Task APlanChange_ReadsThePlanAgain_ServesTheIncumbents_WithTheFiguresOfAFullRead()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/{ReportPaths.Coverage}?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        Assert.Equal((3, 4, 1), (first["chuc-danh"], first["can-bo-quy-hoach"], first["chua-co-quy-hoach"]));

        var (incumbents, plan) = (cache.CountsOf<BenchIncumbents>(), cache.CountsOf<BenchPlan>());
        await ReportFixtureSql.ExecuteAsync(app, PlanLater);
        try
        {
            var later = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal((incumbents.Served + 1, incumbents.Read), (cache.CountsOf<BenchIncumbents>().Served, cache.CountsOf<BenchIncumbents>().Read));
            Assert.Equal(plan.Read + 1, cache.CountsOf<BenchPlan>().Read);
            Assert.Equal((first["can-bo-quy-hoach"] - 1, first["chua-co-quy-hoach"] + 1), (later["can-bo-quy-hoach"], later["chua-co-quy-hoach"]));

            // The same figures as a read of both parts (a list is never kept): the kept incumbents are still today's.
            Assert.Equal(later, await FullReadAsync(ReportPaths.Coverage));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, PlanBack);
        }

        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
    }

    [Fact]
    public async Task ASetBuiltOnAKeptPart_DependsOnThatPartsTables_AChangeToOneOfThemReadsTheSetAgain()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/{ReportPaths.Coverage}?{query}";
        await ReportFiguresTests.FiguresAsync(staff, url);

        // The plan changes: the set is read again, its incumbents part served from memory.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE terms SET code = code WHERE false");
        var served = cache.CountsOf<BenchIncumbents>().Served;
        var figures = await ReportFiguresTests.FiguresAsync(staff, url);
        Assert.Equal(served + 1, cache.CountsOf<BenchIncumbents>().Served);
        var root = await ReportFixtureSql.StaffRootAsync(app);
        var unit = await ReportFixtureSql.EnsureAsync(app);
        var tables = cache.TablesOf(new ReportKey(root, unit, new DateOnly(2026, 6, 1), ReportsHandler.KeyOf(ReportPaths.Coverage)));
        Assert.NotNull(tables);

        // The targets are read by the incumbents part only: the set depends on them although it ran no statement on them.
        Assert.Contains("planning_round_titles", tables);
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE planning_round_titles SET quota = quota WHERE false");
        var before = cache.Counts;
        Assert.Equal(figures, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));
    }

    [Fact]
    public async Task QualityFacts_KeptThroughAChangeToThePlanOrToWhoHoldsATitle_ReadForOtherPeople_OrAfterAChangeToAHistory()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/{ReportPaths.Quality}?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        var facts = cache.CountsOf<QualityFacts>();
        var (served, read) = (facts.Served, facts.Read);
        async Task Expect(Dictionary<string, int> figures, int servedMore, int readMore)
        {
            Assert.Equal(figures, await ReportFiguresTests.FiguresAsync(staff, url));
            (served, read) = (served + servedMore, read + readMore);
            Assert.Equal((served, read), (cache.CountsOf<QualityFacts>().Served, cache.CountsOf<QualityFacts>().Read));
        }

        // A change to the terms is no part of anyone's qualifications: the facts are served.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE terms SET code = code WHERE false");
        await Expect(first, 1, 0);

        // Nor is a change to who holds which title that leaves the same people: the incumbents are read again, not their
        // histories (the facts are read by the people's ids, not by the scope's holders).
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE assignments SET title_id = title_id WHERE false");
        var incumbents = cache.CountsOf<BenchIncumbents>().Read;
        await Expect(first, 1, 0);
        Assert.Equal(incumbents + 1, cache.CountsOf<BenchIncumbents>().Read);

        // A rating is: read again.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE evaluation_records SET rating = rating WHERE false");
        await Expect(first, 0, 1);

        // Other people (C no longer planned that day): their facts are another read; back to the same people, served.
        await ReportFixtureSql.ExecuteAsync(app, PlanLater);
        try
        {
            var fewer = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal(read + 1, cache.CountsOf<QualityFacts>().Read);
            read++;
            Assert.Equal(fewer, await FullReadAsync(ReportPaths.Quality));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, PlanBack);
        }

        await Expect(first, 1, 0);
    }

    /// <summary>
    /// The figures of a report read without ReportCache: the list behind each figure is read in full every time
    /// (ReportsHandler, lists), and its count is the figure's.
    /// </summary>
    private async Task<Dictionary<string, int>> FullReadAsync(string report)
    {
        var app = fixture.App;
        var user = QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName;
        var id = await ReportFixtureSql.ScalarAsync<Guid>(app, $"SELECT id FROM users WHERE user_name = '{user}'");
        var root = await ReportFixtureSql.StaffRootAsync(app);
        var actor = new PlanningActor(id, new HashSet<string> { AppRoles.Staff }, root);
        using var scope = app.Services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<ReportsHandler>();
        var set = (await handler.HandleAsync(actor, AsOf, await ReportFixtureSql.EnsureAsync(app), CancellationToken.None, report, lists: true)).Value!;
        return ReportsHandler.Figures(set, report).ToDictionary(f => f.Key, f => f.Count);
    }
}
