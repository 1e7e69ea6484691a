using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// The database a command works on, found as the app finds it: <c>--connection</c>, else
/// <c>ConnectionStrings__QuyHoach</c>, else the private cluster under <c>QUYHOACH_DATA</c> (default <c>./.data</c>),
/// started for the command and stopped again when it is disposed.
/// </summary>
public sealed class CliDatabase : IAsyncDisposable
{
    private readonly LocalPostgres? _cluster;

    private CliDatabase(string connectionString, LocalPostgres? cluster)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    public string ConnectionString { get; }

    public static async Task<CliDatabase> OpenAsync(string? connection, CancellationToken cancellationToken)
    {
        connection ??= Environment.GetEnvironmentVariable("ConnectionStrings__QuyHoach");
        if (!string.IsNullOrEmpty(connection))
        {
            return new CliDatabase(connection, null);
        }

        var data = Environment.GetEnvironmentVariable("QUYHOACH_DATA") is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data");
        var cluster = await LocalPostgres.StartAsync(data, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
        return new CliDatabase(cluster.ConnectionString, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAsync().ConfigureAwait(false);
        }
    }
}
