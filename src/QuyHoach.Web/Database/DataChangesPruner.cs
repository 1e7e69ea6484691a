using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Database;

/// <summary>
/// Keeps <c>data_changes</c> small (migration 0038): a minute after the start, then every
/// <see cref="Setting"/> minutes (default 60), removes the rows no snapshot can need (DataChanges.PruneAsync). A kept
/// report older than the new horizon is read again once; nothing is ever served from a snapshot that cannot be checked.
/// A failure (the database briefly away) is logged and tried again at the next turn.
/// </summary>
/// <remarks>Before raising the horizon, it brings the kept reports that still hold up to its snapshot
/// (ReportCache.RestampAsync): otherwise the first request after each pruning read every kept report and part whole,
/// changed or not (at national size about a second each).</remarks>
public sealed class DataChangesPruner(IServiceScopeFactory scopes, IConfiguration configuration, ReportCache cache, ILogger<DataChangesPruner> logger) : BackgroundService
{
    /// <summary>The configuration key of the interval, in minutes.</summary>
    public const string Setting = "QuyHoach:Reports:PruneMinutes";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue(Setting, 60)));
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken).ConfigureAwait(false);
            using var timer = new PeriodicTimer(every);
            do
            {
                await PruneOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One pruning: in one REPEATABLE READ transaction (one snapshot for all its statements), the kept reads that still
    /// hold are brought up to that snapshot, then the horizon is raised to it and the rows below removed
    /// (DataChanges.PruneAsync). Returns how many kept reads were brought up and how many rows were removed.
    /// </summary>
    public static async Task<(int Restamped, int Removed)> PruneAsync(QuyHoachDbContext db, ReportCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var restamped = await cache.RestampAsync(db, cancellationToken).ConfigureAwait(false);
        var removed = await DataChanges.PruneAsync(db, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (restamped, removed);
    }

    private async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var (restamped, removed) = await PruneAsync(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>(), cache, cancellationToken).ConfigureAwait(false);
            logger.LogDebug("Đã dọn {Removed} dòng data_changes; {Restamped} báo cáo đã tính vẫn đúng được giữ lại.", removed, restamped);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "Chưa dọn được data_changes; sẽ thử lại ở lượt sau.");
        }
    }
}
