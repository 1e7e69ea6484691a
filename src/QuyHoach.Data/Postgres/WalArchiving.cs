using Npgsql;

namespace QuyHoach.Data.Postgres;

/// <summary>
/// Continuous archiving of the private cluster (point-in-time recovery): every finished WAL segment is compressed
/// into the cluster's <c>wal-archive</c> folder, and a restored copy replays from there. The server options are
/// given on the command line, so a copy of the cluster (a base backup, a standby) never archives into the folder of
/// the cluster it was copied from.
/// </summary>
internal static class WalArchiving
{
    /// <summary>At most this many seconds of writes are missing from the archive when the whole machine is lost: a
    /// busy segment is switched (and archived) after that long.</summary>
    private const int TimeoutSeconds = 300;

    /// <summary>
    /// The server options: archiving on, into <paramref name="archiveDir"/>. A segment already archived with the same
    /// content counts as archived (a crash between copying and recording it); one with another content is never
    /// overwritten (archiving stops and the log says so). The copy is written under a temporary name and renamed,
    /// so the archive never holds a half-written segment.
    /// </summary>
    public static string ServerOptions(string archiveDir)
    {
        var target = $"'{archiveDir}/%f.gz'";
        var command = $"if [ -f {target} ]; then gzip -dc {target} | cmp -s - '%p'; " +
                      $"else gzip -c '%p' > '{archiveDir}/%f.gz.part' && mv '{archiveDir}/%f.gz.part' {target}; fi";
        return $"-c archive_mode=on -c archive_timeout={TimeoutSeconds} -c \"archive_command={command}\"";
    }

    /// <summary>The <c>restore_command</c> that reads segments back from <paramref name="archiveDir"/> (fails, as it
    /// must, for a segment that is not there).</summary>
    public static string RestoreCommand(string archiveDir) =>
        $"test -f '{archiveDir}/%f.gz' && gzip -dc '{archiveDir}/%f.gz' > '%p'";

    /// <summary>
    /// True when the server is a hot standby (it stays read-only). A copy being recovered to a point in time
    /// (<c>recovery.signal</c>) is waited for until it has replayed to its target and been promoted, then false.
    /// </summary>
    public static async Task<bool> InRecoveryAsync(string superuser, PostgresLayout layout, CancellationToken cancellationToken)
    {
        while (true)
        {
            bool inRecovery;
            try
            {
                await using var connection = new NpgsqlConnection(superuser);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
                inRecovery = (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException && File.Exists(Path.Combine(layout.ClusterDir, "recovery.signal")))
            {
                // The server stopped during recovery: the target was not reached, or a segment is missing.
                throw new StartupProblemException($"Cụm PostgreSQL dừng khi đang phục hồi: {LastFatal(layout.LogFile)}. Xem nhật ký {layout.LogFile}.", ex);
            }

            if (!inRecovery)
            {
                return false;
            }

            if (!File.Exists(Path.Combine(layout.ClusterDir, "recovery.signal")))
            {
                return true;
            }

            NpgsqlConnection.ClearAllPools();
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string LastFatal(string logFile)
    {
        if (!File.Exists(logFile))
        {
            return "";
        }

        var lines = File.ReadAllLines(logFile);
        return lines.LastOrDefault(l => l.Contains("FATAL", StringComparison.Ordinal)) ?? lines.LastOrDefault() ?? "";
    }
}
