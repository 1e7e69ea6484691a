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

        var (incumbents, plan, refreshed) = (cache.CountsOf<BenchIncumbents>(), cache.CountsOf<BenchPlan>(), cache.RefreshedOf<BenchPlan>());
        await ReportFixtureSql.ExecuteAsync(app, PlanLater);
        try
        {
            var later = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal((incumbents.Served + 1, incumbents.Read), (cache.CountsOf<BenchIncumbents>().Served, cache.CountsOf<BenchIncumbents>().Read));
            // The plan's entries read again, their cadres' records taken from the kept plan (no cadre changed).
            Assert.Equal((plan.Read, refreshed + 1), (cache.CountsOf<BenchPlan>().Read, cache.RefreshedOf<BenchPlan>()));
            Assert.Equal((first["can-bo-quy-hoach"] - 1, first["chua-co-quy-hoach"] + 1), (later["can-bo-quy-hoach"], later["chua-co-quy-hoach"]));

            // The same figures as a read of both parts (a list is never kept): the kept incumbents are still today's.
            Assert.Equal(later, await FullReadAsync(ReportPaths.Coverage));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, PlanBack);
        }

        // C planned again: not in the kept plan, so its record is read.
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal(refreshed + 2, cache.RefreshedOf<BenchPlan>());
    }

    [Fact]
    public async Task APlanChange_WithACadreChangedInTheSameTransaction_PatchesTheCadre_ThenReadsThePlanAgain()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/{ReportPaths.Coverage}?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        var (plan, both) = (cache.CountsOf<BenchPlan>().Read, cache.PatchedAndRefreshedOf<BenchPlan>());

        // One statement on the plan's terms and on a planned cadre (C transferred out before the day): C's line is read
        // again first (the patch), so the refresh of the plan takes no stale record of C, and C is no longer counted.
        await ReportFixtureSql.ExecuteAsync(app, "WITH t AS (UPDATE terms SET code = code WHERE false RETURNING 1) UPDATE cadres SET transferred_out_on = DATE '2026-01-01' WHERE code = 'BC-C'");
        try
        {
            var gone = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal(first["can-bo-quy-hoach"] - 1, gone["can-bo-quy-hoach"]);
            Assert.Equal(gone, await FullReadAsync(ReportPaths.Coverage));
            Assert.Equal((plan, both + 1), (cache.CountsOf<BenchPlan>().Read, cache.PatchedAndRefreshedOf<BenchPlan>()));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, "UPDATE cadres SET transferred_out_on = NULL WHERE code = 'BC-C'");
        }

        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
    }

    [Fact]
    public async Task ATitleAndAnAssignment_ChangedTogether_PatchTheCadre_ThenReadTheTitlesAgain_KeepingTheOtherHolders()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/{ReportPaths.Coverage}?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        var (read, both) = (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedAndRefreshedOf<BenchIncumbents>());

        // As a unit reorganised in one transaction: the Trưởng phòng renamed and A's post ended the day before the report's
        // day. A is no incumbent any more, so the title has none and A's retirement puts it at risk no longer.
        await ReportFixtureSql.ExecuteAsync(app, """
            WITH t AS (UPDATE titles SET name = name || '' WHERE code = 'BC-TP' RETURNING 1)
            UPDATE assignments SET "to" = DATE '2026-05-31' WHERE "to" IS NULL AND cadre_id = (SELECT id FROM cadres WHERE code = 'BC-A')
            """);
        try
        {
            var after = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal(await FullReadAsync(ReportPaths.Coverage), after);
            Assert.Equal(first["nguy-co"] - 1, after["nguy-co"]);
            Assert.Equal((read, both + 1), (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedAndRefreshedOf<BenchIncumbents>()));

            // Then a post of the unit made a leadership title and A's post opened again, together: the refresh reads the
            // titles (one more) and their holders.
            await ReportFixtureSql.ExecuteAsync(app, """
                WITH t AS (UPDATE titles SET kind = 'Leadership', regulated_seats = 4 WHERE code = 'BC-CV' RETURNING 1)
                UPDATE assignments SET "to" = NULL WHERE cadre_id = (SELECT id FROM cadres WHERE code = 'BC-A')
                """);
            var widened = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal(await FullReadAsync(ReportPaths.Coverage), widened);
            Assert.Equal(first["chuc-danh"] + 1, widened["chuc-danh"]);
            Assert.Equal((read, both + 2), (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedAndRefreshedOf<BenchIncumbents>()));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, """
                UPDATE titles SET kind = 'Staff', regulated_seats = NULL WHERE code = 'BC-CV';
                UPDATE assignments SET "to" = NULL WHERE cadre_id = (SELECT id FROM cadres WHERE code = 'BC-A');
                """);
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

        // Nor is a write to an incumbent's assignments that leaves the same people: that cadre is read again into the kept
        // incumbents (a patch, ADR 0028), not their histories (the facts are read by the people's ids, not by the scope's holders).
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE assignments SET \"from\" = \"from\" WHERE cadre_id = (SELECT id FROM cadres WHERE code = 'BC-A')");
        var incumbents = (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedOf<BenchIncumbents>());
        await Expect(first, 1, 0);
        Assert.Equal((incumbents.Item1, incumbents.Item2 + 1), (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedOf<BenchIncumbents>()));

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

    [Fact]
    public async Task RegistryWrites_ReadOnlyTheCadresTheyChanged_IntoTheKeptParts_WithTheFiguresOfAFullRead()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        string[] reports = [ReportPaths.Coverage, ReportPaths.Wave, ReportPaths.Structure, ReportPaths.Quality];
        var first = new Dictionary<string, Dictionary<string, int>>();
        foreach (var report in reports)
        {
            first[report] = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{report}?{query}");
        }

        // Real writes, each to one cadre, each changing some figure: a post ended before the day (A), a birth year (F
        // retires five years later), a planned cadre dead before the day (C), a post moved to another title (E).
        const string Cadre = "(SELECT id FROM cadres WHERE code = '{0}')";
        (string Write, string Undo)[] writes =
        [
            ($"UPDATE assignments SET \"to\" = DATE '2026-05-31' WHERE cadre_id = {string.Format(null, Cadre, "BC-A")}", $"UPDATE assignments SET \"to\" = NULL WHERE cadre_id = {string.Format(null, Cadre, "BC-A")}"),
            ("UPDATE cadres SET birth_year = 1975 WHERE code = 'BC-F'", "UPDATE cadres SET birth_year = 1970 WHERE code = 'BC-F'"),
            ("UPDATE cadres SET died_on = DATE '2026-05-01' WHERE code = 'BC-C'", "UPDATE cadres SET died_on = NULL WHERE code = 'BC-C'"),
            ($"UPDATE assignments SET title_id = (SELECT id FROM titles WHERE code = 'BC-KT') WHERE cadre_id = {string.Format(null, Cadre, "BC-E")}",
             $"UPDATE assignments SET title_id = (SELECT id FROM titles WHERE code = 'BC-PP') WHERE cadre_id = {string.Format(null, Cadre, "BC-E")}"),
        ];
        var (incumbents, plan) = (cache.CountsOf<BenchIncumbents>().Read, cache.CountsOf<BenchPlan>().Read);
        var patched = cache.PatchedOf<BenchIncumbents>();
        var done = 0;
        try
        {
            foreach (var (write, _) in writes)
            {
                await ReportFixtureSql.ExecuteAsync(app, write);
                done++;
                var changed = false;
                foreach (var report in reports)
                {
                    var figures = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{report}?{query}");
                    var full = await FullReadAsync(report);
                    Assert.True(full.OrderBy(f => f.Key).SequenceEqual(figures.OrderBy(f => f.Key)),
                        $"{report} after {write}: served {string.Join(", ", figures.Select(f => $"{f.Key}={f.Value}"))}; read {string.Join(", ", full.Select(f => $"{f.Key}={f.Value}"))}; "
                        + $"plan read {cache.CountsOf<BenchPlan>()}, patched {cache.PatchedOf<BenchPlan>()}; incumbents {cache.CountsOf<BenchIncumbents>()}, patched {cache.PatchedOf<BenchIncumbents>()}; sets {cache.Counts}");
                    changed |= !figures.OrderBy(f => f.Key).SequenceEqual(first[report].OrderBy(f => f.Key));
                }

                Assert.True(changed, write);
                if (done == 2)
                {
                    // The background pruning of the recorded changes (DataChangesPruner) between two writes: a part kept
                    // from before it is read whole once, then patched again.
                    using var scope = app.Services.CreateScope();
                    await Web.Database.DataChanges.PruneAsync(scope.ServiceProvider.GetRequiredService<Data.QuyHoachDbContext>(), CancellationToken.None);
                }
            }
        }
        finally
        {
            foreach (var (_, undo) in writes.Take(done).Reverse())
            {
                await ReportFixtureSql.ExecuteAsync(app, undo);
            }
        }

        // Each write's cadre was read into the parts; a part whose snapshot is older than the pruned horizon is read whole,
        // once (one kept from a snapshot taken after the horizon's own is still patched): the plan, and the incumbents as
        // coverage, the wave and quality read them and as structure does (none: titles and targets only).
        Assert.InRange(cache.CountsOf<BenchIncumbents>().Read - incumbents, 0, 2);
        Assert.InRange(cache.CountsOf<BenchPlan>().Read - plan, 0, 1);
        Assert.True(cache.PatchedOf<BenchIncumbents>() >= patched + writes.Length - 1 && cache.PatchedOf<BenchPlan>() >= writes.Length - 1);
        var wholeReads = cache.CountsOf<BenchIncumbents>().Read;
        foreach (var report in reports)
        {
            Assert.Equal(first[report], await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{report}?{query}"));
        }

        // A statement of 1,001 rows (an import's batch) names its cadres too: they are read into the parts (one of them
        // given a post of the unit by a second statement, so a figure changes), with no whole read.
        const string Bulk = """
            INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, created_at, updated_at)
            SELECT gen_random_uuid(), '{0}-' || n, (SELECT id FROM organisations WHERE code = 'NDI-SCT'), 'Nhập Văn Loạt', 'Loạt', 'nhap van loat', 'Male', 1980, now(), now()
            FROM generate_series(1, {1}) n;
            """;
        var patchedBefore = cache.PatchedOf<BenchIncumbents>();
        try
        {
            await ReportFixtureSql.ExecuteAsync(app, string.Format(null, Bulk, "BULK", 1001) + """
                INSERT INTO assignments (id, cadre_id, title_id, "from", "to")
                VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = 'BULK-1'), (SELECT id FROM titles WHERE code = 'BC-PP'), DATE '2020-01-01', NULL);
                """);
            Dictionary<string, int> figures;
            using (var statements = StatementLog.Start(app))
            {
                figures = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Coverage}?{query}");
                // None of them is planned: the plan part runs no statement at all.
                Assert.DoesNotContain(statements.Texts, t => t.Contains("FROM plan_entries", StringComparison.Ordinal));
            }

            Assert.Equal(await FullReadAsync(ReportPaths.Coverage), figures);
            Assert.NotEqual(first[ReportPaths.Coverage], figures);
            Assert.Equal((wholeReads, patchedBefore + 1), (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedOf<BenchIncumbents>()));

            // More cadres than a patch reads (ReportCache.MostPatched) in one statement, one of them then given a post:
            // every incumbent is read again, the titles and their targets kept; every planned cadre's record is read again,
            // the plan's entries kept (the plan did not change).
            var (rereadBefore, planReads, planRereadBefore) = (cache.CadresRereadOf<BenchIncumbents>(), cache.CountsOf<BenchPlan>().Read, cache.CadresRereadOf<BenchPlan>());
            await ReportFixtureSql.ExecuteAsync(app, string.Format(null, Bulk, "BULK-MORE", ReportCache.MostPatched + 1) + """
                INSERT INTO assignments (id, cadre_id, title_id, "from", "to")
                VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = 'BULK-MORE-1'), (SELECT id FROM titles WHERE code = 'BC-PP'), DATE '2020-01-01', NULL);
                """);
            Dictionary<string, int> more;
            using (var statements = StatementLog.Start(app))
            {
                more = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Coverage}?{query}");
                Assert.Contains(statements.Texts, t => t.Contains("FROM cadres", StringComparison.Ordinal));
                Assert.DoesNotContain(statements.Texts, t => t.Contains("FROM plan_entries", StringComparison.Ordinal));
            }

            Assert.Equal(await FullReadAsync(ReportPaths.Coverage), more);
            Assert.NotEqual(figures, more);
            Assert.Equal((wholeReads, rereadBefore + 1), (cache.CountsOf<BenchIncumbents>().Read, cache.CadresRereadOf<BenchIncumbents>()));
            Assert.Equal((planReads, planRereadBefore + 1), (cache.CountsOf<BenchPlan>().Read, cache.CadresRereadOf<BenchPlan>()));

            // A title and an assignment changed in one transaction: the cadre patched, then the titles read again; no whole read.
            var both = cache.PatchedAndRefreshedOf<BenchIncumbents>();
            await ReportFixtureSql.ExecuteAsync(app, $"UPDATE titles SET name = name WHERE false; UPDATE assignments SET \"from\" = \"from\" WHERE cadre_id = {string.Format(null, Cadre, "BC-A")}");
            Assert.Equal(more, await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Coverage}?{query}"));
            Assert.Equal((wholeReads, both + 1), (cache.CountsOf<BenchIncumbents>().Read, cache.PatchedAndRefreshedOf<BenchIncumbents>()));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, "DELETE FROM assignments WHERE cadre_id IN (SELECT id FROM cadres WHERE code LIKE 'BULK-%'); DELETE FROM cadres WHERE code LIKE 'BULK-%'");
        }
    }

    [Fact]
    public async Task ATitlesChange_ReadsTheTitlesAgain_KeepsWhoHoldsWhat_UnlessTheScopeHoldsOtherTitles()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/{ReportPaths.Coverage}?{query}";
        var figures = await ReportFiguresTests.FiguresAsync(staff, url);
        var (read, refreshed) = (cache.CountsOf<BenchIncumbents>().Read, cache.RefreshedOf<BenchIncumbents>());

        // A title renamed (as a round's targets changed, or a unit): the same titles, so every incumbent is kept.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE titles SET name = name || '' WHERE code = 'BC-TP'");
        Assert.Equal(figures, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal(await FullReadAsync(ReportPaths.Coverage), figures);
        Assert.Equal((read, refreshed + 1), (cache.CountsOf<BenchIncumbents>().Read, cache.RefreshedOf<BenchIncumbents>()));

        // A post of the unit becomes a leadership title: its four holders are incumbents now, read again by the refresh.
        try
        {
            await ReportFixtureSql.ExecuteAsync(app, "UPDATE titles SET kind = 'Leadership', regulated_seats = 4 WHERE code = 'BC-CV'");
            var widened = await ReportFiguresTests.FiguresAsync(staff, url);
            Assert.Equal(await FullReadAsync(ReportPaths.Coverage), widened);
            Assert.Equal(figures["chuc-danh"] + 1, widened["chuc-danh"]);
            Assert.Equal((read, refreshed + 2), (cache.CountsOf<BenchIncumbents>().Read, cache.RefreshedOf<BenchIncumbents>()));
        }
        finally
        {
            await ReportFixtureSql.ExecuteAsync(app, "UPDATE titles SET kind = 'Staff', regulated_seats = NULL WHERE code = 'BC-CV'");
        }
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
