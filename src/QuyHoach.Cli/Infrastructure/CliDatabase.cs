using Microsoft.Extensions.Logging.Abstractions;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// The database a command works on, found as the app finds it: <c>--connection</c> (for everything), else
/// <c>ConnectionStrings__QuyHoach</c> (the application's role) with the optional
/// <c>ConnectionStrings__QuyHoachMigrations</c> (the owner's role), else the private cluster under
/// <c>QUYHOACH_DATA</c> (the <c>./qh</c> wrapper defaults it to the checkout's <c>.data</c>, the folder <c>./run</c>
/// uses) with its two roles, started for the command and stopped again when it is disposed. Only <c>db migrate</c>
/// sets up a cluster that is not there yet; every other command says so instead.
/// </summary>
public sealed class CliDatabase : IAsyncDisposable
{
    private readonly LocalPostgres? _cluster;

    private CliDatabase(string connectionString, string ownerConnectionString, string? appRole, LocalPostgres? cluster)
    {
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
        AppRole = appRole;
        _cluster = cluster;
    }

    /// <summary>The application's connection: enough to read the audit log.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner's connection: migrations and backups (the same as <see cref="ConnectionString"/> when only
    /// one is known).</summary>
    public string OwnerConnectionString { get; }

    /// <summary>The private cluster under the data folder; null when a connection string was given.</summary>
    public LocalPostgres? Cluster => _cluster;

    /// <summary>The application's role, granted its rights after a migration; null when it is the owner's.</summary>
    public string? AppRole { get; }

    /// <summary>
    /// <see cref="RunAsync(string?, CliContext, string, Func{CliDatabase, Task{int}}, CancellationToken, bool)"/> for a
    /// command whose only option is <c>--connection</c>.
    /// </summary>
    public static Task<int> RunAsync(CliArguments args, CliContext context, string failure, Func<CliDatabase, Task<int>> work, CancellationToken cancellationToken, bool create = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var connection = args.Optional("connection");
        args.EnsureAllUsed();
        return RunAsync(connection, context, failure, work, cancellationToken, create);
    }

    /// <summary>
    /// Opens the database and runs <paramref name="work"/> on it, for a command that only acts on the database: one
    /// that cannot be opened, read or migrated ends with <paramref name="failure"/> and the reason on stderr, exit 1.
    /// </summary>
    public static async Task<int> RunAsync(string? connection, CliContext context, string failure, Func<CliDatabase, Task<int>> work, CancellationToken cancellationToken, bool create = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var database = await OpenAsync(connection, cancellationToken, create).ConfigureAwait(false);
            return await work(database).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StartupProblemException or QuyHoach.Data.Migrations.MigrationException or NpgsqlException or ArgumentException)
        {
            await context.Error.WriteLineAsync(failure + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }

    /// <summary>Opens the database; the private cluster is set up only when <paramref name="create"/> (db migrate).</summary>
    /// <exception cref="StartupProblemException">No connection is configured and the data folder holds no cluster.</exception>
    /// <param name="dataFolder">A data folder named on the command line (<c>--data</c>): its private cluster, whatever
    /// the environment says.</param>
    public static async Task<CliDatabase> OpenAsync(string? connection, CancellationToken cancellationToken, bool create = false, string? dataFolder = null)
    {
        if (dataFolder is not null)
        {
            return await OpenClusterAsync(Path.GetFullPath(dataFolder), create, cancellationToken).ConfigureAwait(false);
        }

        if (!string.IsNullOrEmpty(connection))
        {
            return new CliDatabase(connection, connection, null, null);
        }

        var app = Environment.GetEnvironmentVariable("ConnectionStrings__QuyHoach");
        if (!string.IsNullOrEmpty(app))
        {
            var owner = Environment.GetEnvironmentVariable("ConnectionStrings__QuyHoachMigrations");
            return string.IsNullOrEmpty(owner)
                ? new CliDatabase(app, app, null, null)
                : new CliDatabase(app, owner, new NpgsqlConnectionStringBuilder(app).Username, null);
        }

        return await OpenClusterAsync(DataFolder(null), create, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The data folder a command works in: <paramref name="named"/> (<c>--data</c>), else <c>QUYHOACH_DATA</c>,
    /// else <c>./.data</c>.</summary>
    public static string DataFolder(string? named) => Path.GetFullPath(named
        ?? (Environment.GetEnvironmentVariable("QUYHOACH_DATA") is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data")));

    private static async Task<CliDatabase> OpenClusterAsync(string data, bool create, CancellationToken cancellationToken)
    {
        if (!create && !LocalPostgres.ExistsIn(data))
        {
            // A command that reads (audit, backup) must not set up an empty cluster and then fail on a missing table.
            throw new StartupProblemException(
                $"không tìm thấy cơ sở dữ liệu trong thư mục dữ liệu {data}. Chạy ./run một lần để tạo, đặt QUYHOACH_DATA sang thư mục dữ liệu của ứng dụng, hoặc đặt ConnectionStrings__QuyHoach.");
        }

        var cluster = await LocalPostgres.StartAsync(data, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
        return new CliDatabase(cluster.ConnectionString, cluster.OwnerConnectionString, LocalPostgres.AppRole, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAsync().ConfigureAwait(false);
        }
    }
}
