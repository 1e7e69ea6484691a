using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace QuyHoach.Data.Postgres;

/// <summary>What a base backup folder holds beside the copy of the cluster (<c>base-backup.json</c>).</summary>
/// <param name="WalArchive">The archive of the cluster it was taken from: the segments a point-in-time restore replays.</param>
/// <param name="TakenAt">When the copy was finished: a restore can reach no moment before it.</param>
/// <param name="AuditHead">The audit log's head read when the copy was finished, <c>HASH:COUNT</c>.</param>
public sealed record BaseBackupInfo(string WalArchive, DateTimeOffset TakenAt, string AuditHead);

/// <summary>
/// Physical copies of the private cluster, made with PostgreSQL's own tools: a base backup (pg_basebackup) restored
/// to a point in time from the WAL archive, and a hot standby streaming from the cluster (pg_basebackup -R),
/// promoted when the primary is lost. A copy carries the cluster's password files, since the roles and their
/// passwords come with it.
/// </summary>
public static class PrivateClusterCopies
{
    /// <summary>The name a standby gives itself to its primary (pg_stat_replication.application_name).</summary>
    public const string StandbyName = "quyhoach_standby";

    private const string InfoFile = "base-backup.json";
    private const string CopyFolder = "data";
    private static readonly string[] PasswordFiles = ["postgres-password", "postgres-owner-password", "postgres-app-password"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>True when <paramref name="folder"/> is a base backup made by <see cref="BaseBackupAsync"/>.</summary>
    public static bool IsBaseBackup(string folder) => File.Exists(Path.Combine(folder, InfoFile));

    /// <summary>
    /// Copies the running cluster into the new folder <paramref name="outDir"/> (mode 0700): <c>data/</c> (with the
    /// WAL needed to make it consistent), the password files and <c>base-backup.json</c>.
    /// </summary>
    public static async Task<BaseBackupInfo> BaseBackupAsync(LocalPostgres cluster, string outDir, string auditHead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        Directory.CreateDirectory(outDir);
        PostgresLayout.OwnerOnly(outDir, UnixFileMode.UserExecute);
        var superuser = new NpgsqlConnectionStringBuilder(cluster.SuperuserConnectionString);
        // As ourselves (a client needs no postgres account), so the copy belongs to whoever runs the backup.
        var (code, output) = await new ProcessRunner(null).RunAsync(cluster.Layout.Tool("pg_basebackup"),
            ["-h", superuser.Host!, "-U", superuser.Username!, "--no-password", "-D", Path.Combine(outDir, CopyFolder), "-X", "stream", "--checkpoint=fast"],
            new Dictionary<string, string> { ["PGPASSWORD"] = superuser.Password! }, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new StartupProblemException($"pg_basebackup thất bại: {output.Trim()}");
        }

        CopyPasswordFiles(cluster.DataFolder, outDir);
        var info = new BaseBackupInfo(cluster.WalArchiveDir, DateTimeOffset.UtcNow, auditHead);
        await File.WriteAllTextAsync(Path.Combine(outDir, InfoFile), JsonSerializer.Serialize(info, Json), cancellationToken).ConfigureAwait(false);
        return info;
    }

    /// <summary>Reads <c>base-backup.json</c> of a base backup folder.</summary>
    public static async Task<BaseBackupInfo> ReadInfoAsync(string baseDir, CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<BaseBackupInfo>(await File.ReadAllTextAsync(Path.Combine(baseDir, InfoFile), cancellationToken).ConfigureAwait(false), Json)
        ?? throw new StartupProblemException($"Tệp {InfoFile} của bản sao lưu cơ sở {baseDir} không đọc được.");

    /// <summary>
    /// Lays the base backup down as the private cluster of the empty data folder <paramref name="dataFolder"/>, set
    /// to replay the archive up to <paramref name="until"/> (or to its end) and then become a primary: the next
    /// <see cref="LocalPostgres.StartAsync"/> replays and waits for that.
    /// </summary>
    public static async Task PrepareRestoreAsync(string baseDir, string archive, DateTimeOffset? until, string dataFolder, CancellationToken cancellationToken)
    {
        CopyPasswordFiles(baseDir, dataFolder);
        var layout = await PostgresLayout.PrepareAsync(dataFolder, cancellationToken).ConfigureAwait(false);
        await CopyTreeAsync(Path.Combine(baseDir, CopyFolder), layout, cancellationToken).ConfigureAwait(false);
        var settings = new List<string>
        {
            $"restore_command = '{Escape(WalArchiving.RestoreCommand(archive))}'",
            "recovery_target_action = 'promote'",
            // A copy of a primary that had a synchronous standby must not wait for it.
            "synchronous_standby_names = ''",
        };
        if (until is { } moment)
        {
            settings.Add("recovery_target_time = '" + moment.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture) + "'");
        }

        await AppendSettingsAsync(layout, settings, cancellationToken).ConfigureAwait(false);
        File.Delete(Path.Combine(layout.ClusterDir, "standby.signal"));
        await TouchAsync(layout, "recovery.signal", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a restore has been promoted: the recovery settings are removed, so they never apply again.</summary>
    public static async Task FinishRestoreAsync(LocalPostgres cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        await SuperuserAsync(cluster, cancellationToken,
            "ALTER SYSTEM RESET restore_command", "ALTER SYSTEM RESET recovery_target_action", "ALTER SYSTEM RESET recovery_target_time",
            "ALTER SYSTEM RESET synchronous_standby_names", "SELECT pg_reload_conf()").ConfigureAwait(false);
    }

    /// <summary>
    /// Makes the empty data folder <paramref name="dataFolder"/> a hot standby of <paramref name="primary"/>
    /// (streaming replication, its own socket in its own folder), and, when <paramref name="synchronous"/>, makes the
    /// primary acknowledge a commit only once the standby has it on disk. The standby is started; it is left running.
    /// </summary>
    public static async Task<LocalPostgres> InitStandbyAsync(LocalPostgres primary, string dataFolder, bool synchronous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(primary);
        CopyPasswordFiles(primary.DataFolder, dataFolder);
        var layout = await PostgresLayout.PrepareAsync(dataFolder, cancellationToken).ConfigureAwait(false);
        var superuser = new NpgsqlConnectionStringBuilder(primary.SuperuserConnectionString);
        var source = $"host='{superuser.Host}' user='{superuser.Username}' application_name={StandbyName}";
        // As the cluster's system user: the copy is the standby's own data folder. -R writes the connection (with
        // the password from PGPASSWORD) into postgresql.auto.conf and creates standby.signal.
        var (code, output) = await new ProcessRunner(layout.RunAsUser).RunAsync(layout.Tool("pg_basebackup"),
            ["-d", source, "--no-password", "-D", layout.ClusterDir, "-R", "-X", "stream", "--checkpoint=fast"],
            new Dictionary<string, string> { ["PGPASSWORD"] = superuser.Password! }, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new StartupProblemException($"pg_basebackup thất bại: {output.Trim()}");
        }

        await AppendSettingsAsync(layout, [
            // Segments the primary no longer keeps are read from its archive.
            $"restore_command = '{Escape(WalArchiving.RestoreCommand(primary.WalArchiveDir))}'",
            "synchronous_standby_names = ''",
        ], cancellationToken).ConfigureAwait(false);
        var standby = await LocalPostgres.StartAsync(dataFolder, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken).ConfigureAwait(false);
        if (synchronous)
        {
            await SuperuserAsync(primary, cancellationToken, $"ALTER SYSTEM SET synchronous_standby_names = '{StandbyName}'", "SELECT pg_reload_conf()").ConfigureAwait(false);
        }

        try
        {
            await WaitStreamingAsync(primary, synchronous, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A primary must not be left waiting for a standby that never came.
            await SuperuserAsync(primary, CancellationToken.None, "ALTER SYSTEM RESET synchronous_standby_names", "SELECT pg_reload_conf()").ConfigureAwait(false);
            await standby.StopAsync().ConfigureAwait(false);
            throw;
        }

        return standby;
    }

    /// <summary>True when the private cluster of <paramref name="dataFolder"/> is a standby (it has standby.signal).</summary>
    public static async Task<bool> IsStandbyAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var layout = await PostgresLayout.PrepareAsync(dataFolder, cancellationToken).ConfigureAwait(false);
        return File.Exists(Path.Combine(layout.ClusterDir, "standby.signal"));
    }

    /// <summary>
    /// Promotes the running standby <paramref name="standby"/> to a primary: it stops following its primary, which
    /// it no longer waits for, and archives its own WAL.
    /// </summary>
    public static async Task PromoteAsync(LocalPostgres standby, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standby);
        var (code, output) = await standby.Runner.RunAsync(standby.Layout.Tool("pg_ctl"), ["-D", standby.Layout.ClusterDir, "-w", "-t", "60", "promote"], cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new StartupProblemException($"pg_ctl promote thất bại: {output.Trim()}");
        }

        await SuperuserAsync(standby, cancellationToken,
            "ALTER SYSTEM RESET primary_conninfo", "ALTER SYSTEM RESET restore_command", "ALTER SYSTEM RESET synchronous_standby_names", "SELECT pg_reload_conf()").ConfigureAwait(false);
    }

    /// <summary>Removes a data folder a failed restore made, once the server that may still run in it is stopped.</summary>
    public static async Task DiscardAsync(string dataFolder)
    {
        var layout = await PostgresLayout.PrepareAsync(dataFolder, CancellationToken.None).ConfigureAwait(false);
        if (File.Exists(Path.Combine(layout.ClusterDir, "postmaster.pid")))
        {
            await new ProcessRunner(layout.RunAsUser).RunAsync(layout.Tool("pg_ctl"), ["-D", layout.ClusterDir, "-m", "immediate", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        }

        Directory.Delete(layout.Root, recursive: true);
        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task WaitStreamingAsync(LocalPostgres primary, bool synchronous, CancellationToken cancellationToken)
    {
        var wanted = synchronous ? "sync" : "async";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var connection = new NpgsqlConnection(primary.SuperuserConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_replication WHERE application_name = @n AND state = 'streaming' AND sync_state = @s", connection);
            command.Parameters.AddWithValue("n", StandbyName);
            command.Parameters.AddWithValue("s", wanted);
            if ((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
            {
                return;
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new StartupProblemException("Bản dự phòng đã khởi động nhưng sau 60 giây vẫn chưa nhận dữ liệu từ máy chính: xem nhật ký postgres.log của hai cụm.");
    }

    private static async Task SuperuserAsync(LocalPostgres cluster, CancellationToken cancellationToken, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(cluster.SuperuserConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Copies the three password files (mode 0600) from one data folder to another.</summary>
    private static void CopyPasswordFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var name in PasswordFiles)
        {
            var target = Path.Combine(to, name);
            File.Copy(Path.Combine(from, name), target);
            PostgresLayout.OwnerOnly(target, UnixFileMode.None);
        }
    }

    /// <summary>Copies the cluster files into the (new) cluster folder, owned by the cluster's system user, mode 0700.</summary>
    private static async Task CopyTreeAsync(string source, PostgresLayout layout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(layout.ClusterDir);
        var (code, output) = await new ProcessRunner(null).RunAsync("cp", ["-a", source + "/.", layout.ClusterDir], cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new StartupProblemException($"Không sao chép được bản sao lưu cơ sở vào {layout.ClusterDir}: {output.Trim()}");
        }

        PostgresLayout.OwnerOnly(layout.ClusterDir, UnixFileMode.UserExecute);
        if (layout.RunAsUser is { } user)
        {
            await PostgresLayout.ChownAsync(user, cancellationToken, layout.ClusterDir).ConfigureAwait(false);
        }
    }

    private static async Task AppendSettingsAsync(PostgresLayout layout, IEnumerable<string> settings, CancellationToken cancellationToken) =>
        await File.AppendAllLinesAsync(Path.Combine(layout.ClusterDir, "postgresql.auto.conf"), settings, cancellationToken).ConfigureAwait(false);

    private static async Task TouchAsync(PostgresLayout layout, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(layout.ClusterDir, name);
        await File.WriteAllTextAsync(path, "", cancellationToken).ConfigureAwait(false);
        if (layout.RunAsUser is { } user)
        {
            await PostgresLayout.ChownAsync(user, cancellationToken, path).ConfigureAwait(false);
        }
    }

    /// <summary>A value inside a single-quoted postgresql.conf string.</summary>
    private static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
