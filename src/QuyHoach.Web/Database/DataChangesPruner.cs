namespace QuyHoach.Web.Database;

/// <summary>
/// Keeps <c>data_changes</c> small (migration 0038): a minute after the start, then every
/// <see cref="Setting"/> minutes (default 60), removes the rows no snapshot can need (DataChanges.PruneAsync). A kept
/// report older than the new horizon is read again once; nothing is ever served from a snapshot that cannot be checked.
/// A failure (the database briefly away) is logged and tried again at the next turn.
/// </summary>
public sealed class DataChangesPruner(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DataChangesPruner> logger) : BackgroundService
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

    private async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var removed = await DataChanges.PruneAsync(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>(), cancellationToken).ConfigureAwait(false);
            logger.LogDebug("Đã dọn {Removed} dòng data_changes.", removed);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "Chưa dọn được data_changes; sẽ thử lại ở lượt sau.");
        }
    }
}
