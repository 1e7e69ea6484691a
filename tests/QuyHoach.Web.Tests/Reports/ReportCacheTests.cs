using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.RuleSets;
using QuyHoach.Testing;
using QuyHoach.Web.Database;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A report set is served again from memory only while no transaction that changed the data has committed since it was
/// read (ReportCache, migration 0038, ADR 0025). Proven on the hand-counted unit (ReportFixtureSql): a second request
/// is served, a committed change is seen at once, a change still in progress is not (nor would a new read see it), a
/// change undone by a savepoint does not count, and a snapshot older than the pruned horizon is read again.
/// </summary>
public sealed class ReportCacheTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string AsOf = "01/06/2026";

    /// <summary>The tables no report reads, left untracked by migration 0038 (every other table must carry its trigger).</summary>
    private static readonly string[] Untracked =
    [
        "audit_events", "cadre_changes", "data_changes", "data_changes_horizon", "data_protection_keys", "exchange_uploads", "import_sessions",
        "organisation_tree_version", "role_claims", "roles", "scan_pages", "scan_sheets", "scan_uploads", "schema_history",
        "user_claims", "user_logins", "user_roles", "user_tokens", "users",
    ];

    [Fact]
    public async Task EveryTableAReportMayRead_RecordsItsChanges()
    {
        var missing = await ReportFixtureSql.RowsAsync(fixture.App, """
            SELECT c.relname, 0::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = c.oid AND p.proname = 'data_changed' AND t.tgenabled <> 'D')
            ORDER BY 1
            """);
        Assert.Equal(Untracked, missing.Select(m => m.Key).ToArray());
    }

    [Fact]
    public async Task EveryReportAndTheHomePage_DependOnlyOnTablesWhoseChangesAreRecorded()
    {
        var app = fixture.App;
        var staff = new Planning.PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var root = await ReportFixtureSql.StaffRootAsync(app);
        foreach (var report in ReportsHandler.Names.Keys)
        {
            await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{report}?ngay={Uri.EscapeDataString(AsOf)}");
        }

        await staff.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        var cache = app.Services.GetRequiredService<ReportCache>();
        var keys = ReportsHandler.Names.Keys.Select(r => new ReportKey(root, root, new DateOnly(2026, 6, 1), ReportsHandler.KeyOf(r)))
            .Append(new ReportKey(root, root, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), ReportsHandler.Home));
        foreach (var key in keys)
        {
            var tables = cache.TablesOf(key);
            Assert.True(tables is not null, $"{key.Report} is not kept");
            // A table whose changes are not recorded would let a kept set outlive a change to it.
            Assert.Empty(tables.Intersect(Untracked));
            Assert.Superset(new HashSet<string> { "cadres", "organisations", "plan_entries", "titles" }, tables.ToHashSet());
        }
    }

    [Fact]
    public async Task KeptSet_ServedUntilAChangeCommits_AChangeInProgressOrUndoneDoesNot()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/bao-phu?{query}";

        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        var before = cache.Counts;
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served + 1, before.Read), (cache.Counts.Served, cache.Counts.Read));

        // A new leadership title with nobody in it nor planned: one more title, one more uncovered, once committed.
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, transaction, AddTitle("BC-PCT"));
            await ExecuteAsync(connection, transaction, "SAVEPOINT s; UPDATE cadres SET full_name = full_name WHERE code = 'BC-A'; ROLLBACK TO SAVEPOINT s;");

            // In progress: not committed, so the kept set is still what a new read would give.
            Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
            Assert.Equal((before.Served + 2, before.Read), (cache.Counts.Served, cache.Counts.Read));
            await transaction.CommitAsync();
        }

        var added = await ReportFiguresTests.FiguresAsync(staff, url);
        Assert.Equal((before.Served + 2, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));
        Assert.Equal((first["chuc-danh"] + 1, first["chua-co-quy-hoach"] + 1), (added["chuc-danh"], added["chua-co-quy-hoach"]));

        // A transaction whose only change was undone by a savepoint records nothing: the set is served.
        await ReportFixtureSql.ExecuteAsync(app, "BEGIN; SAVEPOINT s; UPDATE cadres SET full_name = full_name WHERE code = 'BC-A'; ROLLBACK TO SAVEPOINT s; COMMIT;");
        Assert.Equal(added, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served + 3, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));

        // The same change made again and removed: each commit is seen.
        await ReportFixtureSql.ExecuteAsync(app, "DELETE FROM titles WHERE code = 'BC-PCT'");
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served + 3, before.Read + 2), (cache.Counts.Served, cache.Counts.Read));
    }

    [Fact]
    public async Task KeptSet_DependsOnTheTablesItsReadNamed_AWriteElsewhereDoesNotReadItAgain()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/bao-phu?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);

        // A discipline decision is no part of coverage: the kept set is served.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE discipline_entries SET form = form WHERE false");
        var before = cache.Counts;
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served + 1, before.Read), (cache.Counts.Served, cache.Counts.Read));

        // An assignment is: read again; so is a renamed unit, which the selection reads before the set.
        foreach (var write in new[] { "UPDATE assignments SET title_id = title_id WHERE false", "UPDATE organisations SET name = name WHERE false" })
        {
            await ReportFixtureSql.ExecuteAsync(app, write);
            before = cache.Counts;
            Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
            Assert.Equal((before.Served, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));
        }
    }

    [Fact]
    public async Task Capture_HoldsTheTablesOfEveryContextInItsFlow_AndNothingAfterItCloses()
    {
        var app = fixture.App;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var readOnly = scope.ServiceProvider.GetRequiredService<ReadOnlyDb>().Context;
        IReadOnlyList<string> tables;
        using (var capture = DataReads.Open())
        {
            await db.Terms.AsNoTracking().CountAsync();
            await Task.Run(() => readOnly.Titles.AsNoTracking().Where(t => t.Rank > 0).Select(t => t.Id).FirstOrDefaultAsync());
            tables = capture.Tables;
        }

        await db.Cadres.AsNoTracking().CountAsync();
        Assert.Equal(["terms", "titles"], tables);
        var read = await ReportCache.CaptureAsync(async () =>
        {
            await readOnly.Cadres.AsNoTracking().CountAsync();
            return new ReportSet(new ReportSelection(new DateOnly(2026, 6, 1), Guid.NewGuid(), [], [], new Dictionary<Guid, string>()), null!);
        });
        Assert.Equal(["cadres", "organisations", "unit_event_units"], read.Tables);
    }

    [Fact]
    public async Task ReportsThatReadTheSame_ShareOneSet_CoverageThenTheWaveAfterAChange()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        Assert.Equal(ReportsHandler.KeyOf(ReportPaths.Coverage), ReportsHandler.KeyOf(ReportPaths.Wave));
        Assert.NotEqual(ReportsHandler.KeyOf(ReportPaths.Coverage), ReportsHandler.KeyOf(ReportPaths.Quality));

        await ReportFixtureSql.ExecuteAsync(app, "UPDATE titles SET name = name WHERE false");
        var before = cache.Counts;
        var coverage = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Coverage}?{query}");
        var wave = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Wave}?{query}");
        Assert.Equal((before.Served + 1, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));

        // The wave served from coverage's set has the figures a read of its own gives.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE titles SET name = name WHERE false");
        Assert.Equal(wave, await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Wave}?{query}"));
        Assert.Equal(coverage, await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/{ReportPaths.Coverage}?{query}"));
        Assert.Equal((before.Served + 2, before.Read + 2), (cache.Counts.Served, cache.Counts.Read));
    }

    [Fact]
    public async Task KeptSet_OlderThanThePrunedHorizon_IsReadAgain_ThePruneRemovesTheRowsBelowIt()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/co-cau?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE cadres SET full_name = full_name WHERE code = 'BC-A'");
        Assert.True(await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM data_changes") > 0);
        Assert.True(await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM cadre_changes") > 0);

        using (var scope = app.Services.CreateScope())
        {
            await DataChanges.PruneAsync(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>(), CancellationToken.None);
        }

        Assert.Equal(0, await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM data_changes d, data_changes_horizon h WHERE d.xid < h.horizon"));
        Assert.Equal(0, await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM cadre_changes c, data_changes_horizon h WHERE c.xid < h.horizon"));
        var before = cache.Counts;
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served + 1, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));
    }

    [Fact]
    public async Task KeptSet_UnchangedAtThePruning_IsCheckedFromItsSnapshot_AndServedAfterIt()
    {
        var app = fixture.App;
        var (staff, cache, query) = await ReportFixtureSql.HandCountedAsync(fixture.App);
        var url = $"/api/v1/reports/co-cau?{query}";
        var first = await ReportFiguresTests.FiguresAsync(staff, url);

        // A write to a table the set does not read, then a pruning whose horizon passes it (and so the set's snapshot).
        await PruneBeyondAsync(await WriteElsewhereAsync(), db => DataChangesPruner.PruneAsync(db, cache, CancellationToken.None));
        var before = cache.Counts;
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served + 1, before.Read), (cache.Counts.Served, cache.Counts.Read));

        // Brought up to the pruning's snapshot, it is still checked from there: a change to the plan reads it again.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE plan_entries SET title_id = title_id WHERE false");
        before = cache.Counts;
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));

        // The horizon raised past it without bringing the kept sets up: read again, though nothing it read changed.
        await PruneBeyondAsync(await WriteElsewhereAsync(), db => DataChanges.PruneAsync(db, CancellationToken.None));
        before = cache.Counts;
        Assert.Equal(first, await ReportFiguresTests.FiguresAsync(staff, url));
        Assert.Equal((before.Served, before.Read + 1), (cache.Counts.Served, cache.Counts.Read));

        // A discipline decision is no part of the structure report; its transaction id.
        Task<long> WriteElsewhereAsync() => ReportFixtureSql.ScalarAsync<long>(app,
            "WITH w AS (UPDATE discipline_entries SET form = form WHERE false RETURNING 1) SELECT pg_current_xact_id()::text::bigint");

        // Prunes until the horizon is past transaction xid: a transaction of another test still running in the same
        // cluster holds the horizon back (transaction ids and the oldest running one are the cluster's).
        async Task PruneBeyondAsync(long xid, Func<QuyHoachDbContext, Task> prune)
        {
            for (var attempt = 0; attempt < 100 && await ReportFixtureSql.ScalarAsync<long>(app, "SELECT horizon::text::bigint FROM data_changes_horizon") <= xid; attempt++)
            {
                using var scope = app.Services.CreateScope();
                await prune(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>());
                await Task.Delay(attempt == 0 ? 0 : 100);
            }

            Assert.True(await ReportFixtureSql.ScalarAsync<long>(app, "SELECT horizon::text::bigint FROM data_changes_horizon") > xid);
        }
    }

    [Fact]
    public async Task HomeFigures_SeeACommittedChange_AtOnce()
    {
        var app = fixture.App;
        var staff = new Planning.PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var home = await HomeFiguresAsync(staff);
        Assert.Equal(home, await HomeFiguresAsync(staff));
        await ReportFixtureSql.EnsureAsync(app);
        await ReportFixtureSql.ExecuteAsync(app, AddTitle("BC-PCT2"));
        var after = await HomeFiguresAsync(staff);
        await ReportFixtureSql.ExecuteAsync(app, "DELETE FROM titles WHERE code = 'BC-PCT2'");
        Assert.Equal((home[0] + 1, home[2] + 1), (after[0], after[2]));
        Assert.Equal(home, await HomeFiguresAsync(staff));
    }

    [Fact]
    public async Task ConcurrentRequests_ForTheSameSet_ShareOneRead_UnlessAChangeCommittedAfterItStarted()
    {
        var app = fixture.App;
        using var requests = new TwoRequests(app);
        var (db1, db2, cache) = (requests.First, requests.Second, requests.Cache);
        var set = await requests.EmptySetAsync();
        var reads = 0;

        // Two requests at once, nothing changed in between: the second waits for the first's read and gets its set.
        var gate = new TaskCompletionSource();
        async Task<ReportSet> ReadAsync()
        {
            Interlocked.Increment(ref reads);
            await gate.Task;
            return set();
        }

        var key = new ReportKey(Guid.NewGuid(), Guid.NewGuid(), TwoRequests.AsOf, "bao-phu");
        var one = cache.GetAsync(db1, key, ReadAsync, CancellationToken.None);
        await WhenAsync(() => Volatile.Read(ref reads) == 1);
        var two = cache.GetAsync(db2, key, ReadAsync, CancellationToken.None);
        await Task.Delay(200);
        gate.SetResult();
        Assert.Same(await one, await two);
        Assert.Equal((1, 1L), (reads, cache.Counts.Joined));

        // A change committed after the first read started: the request that sees it reads for itself.
        gate = new TaskCompletionSource();
        key = key with { Report = "nghi-huu" };
        one = cache.GetAsync(db1, key, ReadAsync, CancellationToken.None);
        await WhenAsync(() => Volatile.Read(ref reads) == 2);
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE terms SET code = code WHERE false");
        two = cache.GetAsync(db2, key, ReadAsync, CancellationToken.None);
        await WhenAsync(() => Volatile.Read(ref reads) == 3);
        gate.SetResult();
        Assert.NotSame(await one, await two);
        Assert.Equal((3, 1L), (reads, cache.Counts.Joined));
    }

    [Fact]
    public async Task ConcurrentRequests_ForTheSameKeptPart_ShareOneRefresh()
    {
        // A request that comes while another (or the reading ahead, ReportWarmer) brings the same kept read up to date
        // waits for it instead of reading beside it: at national size two reads of a part at once passed the heap's bound.
        var app = fixture.App;
        using var requests = new TwoRequests(app);
        var (db1, db2, cache) = (requests.First, requests.Second, requests.Cache);
        var emptySet = await requests.EmptySetAsync();
        static Task<ReportSet> Whole() => Task.FromException<ReportSet>(new InvalidOperationException("read whole"));
        var key = new ReportKey(Guid.Empty, Guid.NewGuid(), TwoRequests.AsOf, "bench-part-test");
        await cache.GetAsync(db1, key, () => Task.FromResult(emptySet()), keep: true, CancellationToken.None);

        // The units changed (a table the read depends on, none of the cadres'): a refresh, once for both requests.
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE organisations SET name = name WHERE false");
        var (gate, refreshes) = (new TaskCompletionSource(), 0);
        async Task<ReportSet> RefreshAsync(ReportSet kept)
        {
            Interlocked.Increment(ref refreshes);
            await gate.Task;
            return emptySet();
        }

        var joined = cache.CountsOf<ReportSet>().Joined;
        var one = cache.GetAsync(db1, key, Whole, keep: true, CancellationToken.None, refresh: RefreshAsync);
        await WhenAsync(() => Volatile.Read(ref refreshes) == 1);
        var two = cache.GetAsync(db2, key, Whole, keep: true, CancellationToken.None, refresh: RefreshAsync);
        await Task.Delay(200);
        gate.SetResult();
        Assert.Same(await one, await two);
        Assert.Equal((1, joined + 1, 1L), (refreshes, cache.CountsOf<ReportSet>().Joined, cache.RefreshedOf<ReportSet>()));
    }

    /// <summary>Two requests' contexts (each its own scope) and a cache of their own, for the concurrency tests.</summary>
    private sealed class TwoRequests(QuyHoachAppFactory app) : IDisposable
    {
        public static readonly DateOnly AsOf = new(2026, 6, 1);

        private readonly IServiceScope first = app.Services.CreateScope();
        private readonly IServiceScope second = app.Services.CreateScope();

        public QuyHoachDbContext First => first.ServiceProvider.GetRequiredService<QuyHoachDbContext>();

        public QuyHoachDbContext Second => second.ServiceProvider.GetRequiredService<QuyHoachDbContext>();

        public ReportCache Cache { get; } = new(ReportCache.DefaultRows);

        /// <summary>A new empty report set of a unit of no tree on <see cref="AsOf"/>, each call a new one.</summary>
        public async Task<Func<ReportSet>> EmptySetAsync()
        {
            var selection = new ReportSelection(AsOf, Guid.NewGuid(), [], [], new Dictionary<Guid, string>());
            var ruleSet = PlanRules.InForce((await RuleSetStore.CurrentAsync(First, CancellationToken.None)).Catalog, AsOf);
            return () => new ReportSet(selection, new BenchSnapshot(selection, ruleSet, [], [], null, null, []));
        }

        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }

    private static async Task WhenAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "The awaited read did not start.");
    }

    private static async Task<int[]> HomeFiguresAsync(Planning.PlanningClient client)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.Http.GetStringAsync(new Uri("/", UriKind.Relative)));
        return [.. page.QuerySelectorAll("#so-lieu-pham-vi-khoi a.report-figure").Select(a => int.Parse(a.TextContent, System.Globalization.CultureInfo.InvariantCulture))];
    }

    private static string AddTitle(string code) => $"""
        INSERT INTO titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, regulated_seats, term_track, professional_may_follow, state_management_may_follow)
        SELECT gen_random_uuid(), id, '{code}', 'Phó chánh thanh tra', 15, 'so', 'Leadership', false, 1, 'State', false, false FROM organisations WHERE code = '{ReportFixtureSql.UnitCode}'
        """;

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
