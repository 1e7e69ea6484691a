using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace QuyHoach.Data.Postgres;

/// <summary>
/// The private PostgreSQL cluster the app runs when no connection string is configured: initialised under the data
/// folder on first start, started with the app, stopped with it. It listens on a Unix socket in the data folder
/// only (no TCP port to collide with), with generated passwords kept beside it (mode 0600).
/// </summary>
/// <remarks>Three roles (docs/security.md): <c>quyhoach</c>, the superuser initdb creates, used only here to set
/// the cluster up; <c>quyhoach_owner</c>, which owns the database and every object in it and runs the migrations;
/// <c>quyhoach_app</c>, which the application connects as: no superuser, owner of nothing, granted only what
/// <see cref="Migrations.AppRoleGrants"/> lists.</remarks>
/// <remarks>PostgreSQL refuses to run as root; when we are root the cluster is owned and run by the Debian
/// <c>postgres</c> system user (docs/adr/0004-private-cluster.md).</remarks>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string DatabaseName = "quyhoach";
    private const string UserName = "quyhoach";

    /// <summary>The role that owns the schema and runs the migrations.</summary>
    public const string OwnerRole = "quyhoach_owner";

    /// <summary>The role the application connects as.</summary>
    public const string AppRole = "quyhoach_app";

    /// <summary>"QHROLES_" read as a 64-bit number: two instances starting together set the roles up once.</summary>
    private const long SetupLockKey = 0x5148_524F_4C45_535F;
    private readonly ProcessRunner _runner;
    private readonly ILogger _logger;
    private readonly PostgresLayout _layout;
    private bool _stopped;

    private LocalPostgres(PostgresLayout layout, ProcessRunner runner, ILogger logger, bool owned)
    {
        _layout = layout;
        _runner = runner;
        _logger = logger;
        Owned = owned;
    }

    /// <summary>The application's connection string to the <c>quyhoach</c> database (role <see cref="AppRole"/>).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The owner's connection string (role <see cref="OwnerRole"/>): migrations and backups.</summary>
    public string OwnerConnectionString { get; private set; } = "";

    /// <summary>The data folder the cluster belongs to.</summary>
    public string DataFolder => _layout.DataFolder;

    /// <summary>Where the cluster archives its WAL (point-in-time recovery).</summary>
    public string WalArchiveDir => _layout.WalArchiveDir;

    internal PostgresLayout Layout => _layout;

    internal ProcessRunner Runner => _runner;

    /// <summary>The superuser's connection (base backups, replication settings): never handed to the application.</summary>
    internal string SuperuserConnectionString { get; private set; } = "";

    /// <summary>The path of a PostgreSQL client or server program (pg_dump, pg_restore…) of the installed server.</summary>
    public static string ToolPath(string name) => Path.Combine(PostgresLayout.FindBinDir(), name);

    /// <summary>False when the cluster was already running (another instance owns it and will stop it).</summary>
    public bool Owned { get; }

    /// <summary>True when a private cluster was set up under <paramref name="dataFolder"/>; creates nothing.</summary>
    public static bool ExistsIn(string dataFolder) => PostgresLayout.Exists(dataFolder);

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

        var instance = new LocalPostgres(layout, runner, logger, owned);
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
             "-o", $"-c listen_addresses='' -c unix_socket_directories='{layout.SocketDir}' -c unix_socket_permissions=0700 {WalArchiving.ServerOptions(layout.WalArchiveDir)}", "start"],
            cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            var log = File.Exists(layout.LogFile) ? LastLine(await File.ReadAllTextAsync(layout.LogFile, cancellationToken).ConfigureAwait(false)) : "";
            throw new StartupProblemException(
                $"Không khởi động được PostgreSQL riêng trong {layout.ClusterDir} ({log}). Xem nhật ký {layout.LogFile}. Nếu cụm dữ liệu bị hỏng, hãy sao lưu rồi xóa thư mục đó để khởi tạo lại.");
        }
    }

    /// <summary>
    /// As the superuser: the owner and application roles (passwords from their files, created when missing), the
    /// database owned by the owner role, and (for a cluster made before the roles existed) every object of the
    /// database handed from the superuser to the owner role.
    /// </summary>
    private async Task EnsureDatabaseAsync(string password, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder { Host = _layout.SocketDir, Username = UserName, Password = password, Database = "postgres" };
        SuperuserConnectionString = admin.ConnectionString;
        if (await WalArchiving.InRecoveryAsync(SuperuserConnectionString, _layout, cancellationToken).ConfigureAwait(false))
        {
            // A hot standby (PrivateClusterCopies.InitStandbyAsync) is read-only: its roles came with the copy.
            OwnerConnectionString = For(OwnerRole, (await File.ReadAllTextAsync(_layout.OwnerPasswordFile, cancellationToken).ConfigureAwait(false)).Trim());
            ConnectionString = For(AppRole, (await File.ReadAllTextAsync(_layout.AppPasswordFile, cancellationToken).ConfigureAwait(false)).Trim());
            return;
        }

        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({SetupLockKey})", cancellationToken).ConfigureAwait(false);
            var ownerPassword = await EnsureRoleAsync(connection, OwnerRole, _layout.OwnerPasswordFile, cancellationToken).ConfigureAwait(false);
            var appPassword = await EnsureRoleAsync(connection, AppRole, _layout.AppPasswordFile, cancellationToken).ConfigureAwait(false);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
            exists.Parameters.AddWithValue("n", DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                await ExecuteAsync(connection, $"CREATE DATABASE {DatabaseName} OWNER {OwnerRole} TEMPLATE template0 ENCODING 'UTF8'", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ExecuteAsync(connection, $"ALTER DATABASE {DatabaseName} OWNER TO {OwnerRole}", cancellationToken).ConfigureAwait(false);
                admin.Database = DatabaseName;
                await using var database = new NpgsqlConnection(admin.ConnectionString);
                await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(database, HandOverSql, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({SetupLockKey})", cancellationToken).ConfigureAwait(false);
            OwnerConnectionString = For(OwnerRole, ownerPassword);
            ConnectionString = For(AppRole, appPassword);
        }
    }

    private string For(string role, string password) =>
        new NpgsqlConnectionStringBuilder { Host = _layout.SocketDir, Username = role, Password = password, Database = DatabaseName }.ConnectionString;

    /// <summary>A login role that is not a superuser and may not create databases or roles, with the password kept in
    /// <paramref name="passwordFile"/> (generated the first time).</summary>
    private async Task<string> EnsureRoleAsync(NpgsqlConnection connection, string role, string passwordFile, CancellationToken cancellationToken)
    {
        var password = File.Exists(passwordFile) ? (await File.ReadAllTextAsync(passwordFile, cancellationToken).ConfigureAwait(false)).Trim() : "";
        if (password.Length == 0)
        {
            password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            await _layout.WriteSecretAsync(passwordFile, password, cancellationToken).ConfigureAwait(false);
        }

        // The password is 48 hex digits written by us (above), so it is safe inside the literal.
        await ExecuteAsync(connection, $"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role}; END IF;
            END $$;
            ALTER ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{password}';
            """, cancellationToken).ConfigureAwait(false);
        return password;
    }

    /// <summary>Tables (with their indexes and owned sequences), other sequences and functions of the public schema
    /// that the superuser still owns (a cluster made before the owner role existed) go to the owner role.</summary>
    private static readonly string HandOverSql = $"""
        DO $$
        DECLARE r record;
        BEGIN
            FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner <> '{OwnerRole}'::regrole LOOP
                EXECUTE format('ALTER TABLE %s OWNER TO {OwnerRole}', r.name);
            END LOOP;
            FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> '{OwnerRole}'::regrole LOOP
                EXECUTE format('ALTER SEQUENCE %s OWNER TO {OwnerRole}', r.name);
            END LOOP;
            FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                     LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
                     WHERE n.nspname = 'public' AND d.objid IS NULL AND p.proowner <> '{OwnerRole}'::regrole LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO {OwnerRole}', r.name);
            END LOOP;
        END $$;
        """;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
