using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace QuyHoach.Data.Postgres;

/// <summary>
/// The private PostgreSQL cluster the app runs when no connection string is configured: initialised under the data
/// folder on first start, started with the app, stopped with it. It listens on a Unix socket in the data folder
/// only (no TCP port to collide with), with a generated password kept beside it (mode 0600).
/// </summary>
/// <remarks>PostgreSQL refuses to run as root; when we are root the cluster is owned and run by the Debian
/// <c>postgres</c> system user (docs/adr/0004-private-cluster.md).</remarks>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string DatabaseName = "quyhoach";
    private const string UserName = "quyhoach";
    private readonly ProcessRunner _runner;
    private readonly ILogger _logger;
    private readonly PostgresLayout _layout;
    private bool _stopped;

    private LocalPostgres(PostgresLayout layout, ProcessRunner runner, ILogger logger, string connectionString, bool owned)
    {
        _layout = layout;
        _runner = runner;
        _logger = logger;
        ConnectionString = connectionString;
        Owned = owned;
    }

    /// <summary>The connection string to the <c>quyhoach</c> database of this cluster.</summary>
    public string ConnectionString { get; }

    /// <summary>False when the cluster was already running (another instance owns it and will stop it).</summary>
    public bool Owned { get; }

    /// <summary>Initialises (first time) and starts the cluster under <paramref name="dataFolder"/>.</summary>
    public static async Task<LocalPostgres> StartAsync(string dataFolder, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var layout = await PostgresLayout.PrepareAsync(dataFolder, cancellationToken).ConfigureAwait(false);
        var runner = new ProcessRunner(layout.RunAsUser);
        if (!File.Exists(Path.Combine(layout.ClusterDir, "PG_VERSION")))
        {
            await InitialiseAsync(layout, runner, logger, cancellationToken).ConfigureAwait(false);
        }

        var password = (await File.ReadAllTextAsync(layout.PasswordFile, cancellationToken).ConfigureAwait(false)).Trim();
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = layout.SocketDir,
            Username = UserName,
            Password = password,
            Database = DatabaseName,
        }.ConnectionString;

        var (status, _) = await runner.RunAsync(layout.Tool("pg_ctl"), ["-D", layout.ClusterDir, "status"], cancellationToken).ConfigureAwait(false);
        var owned = status != 0;
        if (owned)
        {
            await StartServerAsync(layout, runner, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Private PostgreSQL started in {ClusterDir}", layout.ClusterDir);
        }
        else
        {
            logger.LogInformation("Private PostgreSQL already running in {ClusterDir}; reusing it", layout.ClusterDir);
        }

        var instance = new LocalPostgres(layout, runner, logger, connectionString, owned);
        await instance.EnsureDatabaseAsync(password, cancellationToken).ConfigureAwait(false);
        return instance;
    }

    /// <summary>Stops the cluster if this instance started it (fast shutdown: sessions end, data is flushed).</summary>
    public async Task StopAsync()
    {
        if (_stopped || !Owned)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        var (code, output) = await _runner.RunAsync(_layout.Tool("pg_ctl"), ["-D", _layout.ClusterDir, "-m", "fast", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        if (code == 0)
        {
            _logger.LogInformation("Private PostgreSQL stopped");
        }
        else
        {
            _logger.LogWarning("Private PostgreSQL did not stop cleanly: {Output}", output.Trim());
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static async Task InitialiseAsync(PostgresLayout layout, ProcessRunner runner, ILogger logger, CancellationToken cancellationToken)
    {
        if (Directory.Exists(layout.ClusterDir) && Directory.EnumerateFileSystemEntries(layout.ClusterDir).Any())
        {
            throw new StartupProblemException(
                $"Thư mục cơ sở dữ liệu riêng {layout.ClusterDir} có dữ liệu nhưng không phải một cụm PostgreSQL hợp lệ (thiếu PG_VERSION). Hãy sao lưu rồi xóa thư mục này để khởi tạo lại, hoặc đặt QUYHOACH_DATA sang thư mục khác.");
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await layout.WriteSecretAsync(layout.PasswordFile, password, cancellationToken).ConfigureAwait(false);
        var pwfile = Path.Combine(layout.SocketDir, "initdb-password");
        await layout.WriteSecretAsync(pwfile, password, cancellationToken, forPostgres: true).ConfigureAwait(false);
        try
        {
            var (code, output) = await runner.RunAsync(layout.Tool("initdb"),
                ["-D", layout.ClusterDir, "-U", UserName, "--pwfile", pwfile, "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
                cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                throw new StartupProblemException($"Không khởi tạo được cụm PostgreSQL riêng trong {layout.ClusterDir}: {LastLine(output)}");
            }
        }
        finally
        {
            File.Delete(pwfile);
        }

        logger.LogInformation("Private PostgreSQL cluster initialised in {ClusterDir}", layout.ClusterDir);
    }

    private static async Task StartServerAsync(PostgresLayout layout, ProcessRunner runner, CancellationToken cancellationToken)
    {
        // setsid: the server gets its own session, so Ctrl-C in the terminal reaches the app, which then stops the
        // cluster in order, instead of killing both at once.
        var (code, _) = await runner.RunAsync("setsid",
            ["--wait", layout.Tool("pg_ctl"), "-D", layout.ClusterDir, "-l", layout.LogFile, "-w", "-t", "60",
             "-o", $"-c listen_addresses='' -c unix_socket_directories='{layout.SocketDir}' -c unix_socket_permissions=0700", "start"],
            cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            var log = File.Exists(layout.LogFile) ? LastLine(await File.ReadAllTextAsync(layout.LogFile, cancellationToken).ConfigureAwait(false)) : "";
            throw new StartupProblemException(
                $"Không khởi động được PostgreSQL riêng trong {layout.ClusterDir} ({log}). Xem nhật ký {layout.LogFile}. Nếu cụm dữ liệu bị hỏng, hãy sao lưu rồi xóa thư mục đó để khởi tạo lại.");
        }
    }

    private async Task EnsureDatabaseAsync(string password, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder { Host = _layout.SocketDir, Username = UserName, Password = password, Database = "postgres" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
        exists.Parameters.AddWithValue("n", DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
