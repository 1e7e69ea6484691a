using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>A report of today that is read ahead (<see cref="ReportWarmer"/>): whose scope (the reader's own unit), the
/// unit chosen, and the report (a path of ReportsHandler.Definitions, or <see cref="ReportsHandler.Home"/>).</summary>
public readonly record struct WarmTarget(Guid Root, Guid Unit, string Report);

/// <summary>
/// Đọc sẵn báo cáo: reads today's reports ahead of their readers, so that the first request after a start, and the first
/// after a change that reads the registry's incumbents whole (more cadres in one statement than a patch reads, ReportCache.Patched;
/// a change to the titles), find them kept instead of reading them (at national size about 1.5 s a report). After the
/// start it reads the home page and the reports of the broadest scopes of the accounts that may read reports; then,
/// every <see cref="Setting"/> seconds, when anything changed since its last pass and nothing more since the previous check
/// (one or two statements, DataChanges) or the day turned, it asks again for what readers asked for today in the last day (<see cref="Note"/>), through ReportCache as a
/// request would (kept parts served, changed ones patched, refreshed or read). A request that arrives while it reads
/// the same report waits for that read (ReportCache's one read per key) instead of making its own. Nothing is shown and
/// nothing is written; a failure is logged and tried again at the next turn (ADR 0029).
/// </summary>
public sealed class ReportWarmer(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReportWarmer> logger) : BackgroundService
{
    /// <summary>The configuration key of the interval between checks, in seconds; 0 reads nothing ahead.</summary>
    public const string Setting = "QuyHoach:Reports:WarmSeconds";

    /// <summary>The configuration key of how many scopes are read after the start (the broadest first).</summary>
    public const string ScopesSetting = "QuyHoach:Reports:WarmScopes";

    /// <summary>The meter of the passes (OpenTelemetry, served at /metrics).</summary>
    public const string MeterName = "QuyHoach.Reports";

    /// <summary>How many reports asked for are remembered (the least recently asked go first): more than the cache keeps
    /// of a province's, so that reading ahead never pushes out what a reader has just read.</summary>
    public const int MostTargets = 64;

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> PassCounter = Meter.CreateCounter<long>("quyhoach.reports.warm.passes", description: "Lượt đọc sẵn báo cáo đã xong");
    private static readonly UpDownCounter<int> Running = Meter.CreateUpDownCounter<int>("quyhoach.reports.warm.running", description: "Lượt đọc sẵn báo cáo đang chạy");
    private static readonly Histogram<double> PassSeconds = Meter.CreateHistogram<double>("quyhoach.reports.warm.duration", "s", "Thời gian một lượt đọc sẵn báo cáo");

    /// <summary>Each report asked for today, with when it was last asked for.</summary>
    private readonly ConcurrentDictionary<WarmTarget, DateTimeOffset> asked = new();
    private readonly SemaphoreSlim passing = new(1, 1);
    private (string Database, string Snapshot, DateOnly Day)? lastPass;

    // The snapshot of the last check that found a change not yet read ahead.
    private string? lastSeen;
    private long passes;

    /// <summary>How many passes have read ahead since the start.</summary>
    public long Passes => Interlocked.Read(ref passes);

    /// <summary>What the passes read: the reports asked for, and the scopes read after the start.</summary>
    public IReadOnlyCollection<WarmTarget> Targets => [.. asked.Keys];

    /// <summary>A reader asked for <paramref name="target"/> as of today: it is read ahead after each change.</summary>
    public void Note(WarmTarget target)
    {
        asked[target] = clock.GetUtcNow();
        if (asked.Count > MostTargets)
        {
            foreach (var old in asked.OrderBy(a => a.Value).Take(asked.Count - MostTargets).ToList())
            {
                asked.TryRemove(old);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(Setting, 2);
        if (seconds <= 0)
        {
            return;
        }

        try
        {
            await AddScopesAsync(stoppingToken).ConfigureAwait(false);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
            do
            {
                await WarmIfChangedAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The home page and every report of the broadest scopes of the accounts that may read reports (PlanAccess.MayRead),
    /// at most <see cref="ScopesSetting"/> of them (default 2): read after the start, before anyone asks.
    /// </summary>
    public async Task AddScopesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReadOnlyDb>().Context;
            string[] readers = [AppRoles.Staff, AppRoles.Leader, AppRoles.Inspector];
            var roots = await db.Users.Where(u => u.OrganisationId != null
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && readers.Contains(r.Name!))))
                .Select(u => u.OrganisationId!.Value).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var tree = await OrganisationTree.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
            var broadest = roots.Where(r => tree.Names.ContainsKey(r)).OrderByDescending(r => tree.Below(r).Count)
                .Take(Math.Max(0, configuration.GetValue(ScopesSetting, 2)));
            var now = clock.GetUtcNow();
            foreach (var root in broadest)
            {
                // One report of each read (coverage, the wave and the index share one, ReportsHandler.KeyOf).
                foreach (var report in ReportsHandler.Definitions.DistinctBy(d => ReportsHandler.KeyOf(d.Path)).Select(d => d.Path).Prepend(ReportsHandler.Home))
                {
                    asked.TryAdd(new WarmTarget(root, root, report), now);
                }
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "Chưa đọc được các phạm vi cần đọc sẵn báo cáo; chỉ đọc sẵn những báo cáo người dùng đã mở.");
        }
    }

    /// <summary>
    /// One pass when anything changed since the last and nothing more since the previous check (or the day turned, or it
    /// is the first): every report asked for in the last day, as of today, the home pages last. Returns whether it read.
    /// </summary>
    public async Task<bool> WarmIfChangedAsync(CancellationToken cancellationToken)
    {
        await passing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReadOnlyDb>().Context;
            var today = VietnamTime.Today(clock);
            // Taken before the pass: a change committed while it reads is seen by the next check.
            var state = (await DataChanges.ReadAsync(db, lastPass?.Snapshot, null, CadreLimit.None, cancellationToken).ConfigureAwait(false)).State;
            if (lastPass is { } last && last.Database == state.Database && last.Day == today)
            {
                if (state.Holds)
                {
                    return false;
                }

                // Changed since the last pass: read ahead once nothing more has changed for one check, so that a pass does
                // not race a burst of writes (an import's batches, each a change) with reads the next write makes stale,
                // beside the readers' own (at national size twice the memory of one read).
                var seen = lastSeen;
                lastSeen = state.Snapshot;
                if (seen is null || !(await DataChanges.ReadAsync(db, seen, null, CadreLimit.None, cancellationToken).ConfigureAwait(false)).State.Holds)
                {
                    return false;
                }
            }

            await WarmAsync(cancellationToken).ConfigureAwait(false);
            (lastPass, lastSeen) = ((state.Database, state.Snapshot, today), null);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever failed (the database away, a report's read), reading ahead is only a help: the app goes on, and
            // the readers read for themselves until the next pass succeeds.
            logger.LogWarning(e, "Chưa đọc sẵn được báo cáo; sẽ thử lại ở lượt sau.");
            return false;
        }
        finally
        {
            passing.Release();
        }
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Running.Add(1);
        try
        {
            var since = clock.GetUtcNow().AddDays(-1);
            foreach (var (old, _) in asked.Where(a => a.Value < since).ToList())
            {
                asked.TryRemove(old, out _);
            }

            // The reports least recently asked for first and the home pages last, each on a scope of its own (a request's):
            // ReportCache drops the least recently used first when its bound is reached (at national size the five reports
            // and the home page of the scope come close to it), so what is read last, the page every reader opens, stays.
            foreach (var target in asked.OrderBy(a => a.Key.Report == ReportsHandler.Home).ThenBy(a => a.Value).ThenBy(a => a.Key.Report, StringComparer.Ordinal).Select(a => a.Key).ToList())
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReportsHandler>().WarmAsync(target, cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Increment(ref passes);
            PassCounter.Add(1);
            PassSeconds.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        finally
        {
            Running.Add(-1);
        }
    }

    public override void Dispose()
    {
        passing.Dispose();
        base.Dispose();
    }
}
