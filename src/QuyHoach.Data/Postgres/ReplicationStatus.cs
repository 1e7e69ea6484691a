using Npgsql;

namespace QuyHoach.Data.Postgres;

/// <summary>One standby as its primary sees it.</summary>
/// <param name="Name">application_name (<see cref="PrivateClusterCopies.StandbyName"/>).</param>
/// <param name="State">streaming, catchup…</param>
/// <param name="Synchronous">The primary waits for it before acknowledging a commit.</param>
/// <param name="LagBytes">WAL the primary wrote that the standby has not replayed yet.</param>
public sealed record StandbyLink(string Name, string State, bool Synchronous, long LagBytes);

/// <summary>The replication state of a private cluster: as a standby (is it receiving, how far behind is its replay),
/// or as a primary (its standbys and their lag). What the operator and a health page watch.</summary>
/// <param name="Standby">The cluster is a standby (read-only, following a primary).</param>
/// <param name="Receiving">A standby whose WAL receiver is streaming from its primary.</param>
/// <param name="ReplayLagBytes">A standby's WAL received but not replayed yet.</param>
/// <param name="Standbys">A primary's standbys.</param>
public sealed record ReplicationStatus(bool Standby, bool Receiving, long ReplayLagBytes, IReadOnlyList<StandbyLink> Standbys)
{
    public static Task<ReplicationStatus> ReadAsync(LocalPostgres cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return ReadAsync(cluster.SuperuserConnectionString, cancellationToken);
    }

    /// <summary>The same through any connection. A role that is neither a superuser nor a member of
    /// <c>pg_monitor</c> (<c>pg_read_all_stats</c>) sees a primary's standbys without their state and lag: ask
    /// <see cref="MayReadAsync"/> first.</summary>
    public static async Task<ReplicationStatus> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var standby = new NpgsqlCommand("""
            SELECT pg_is_in_recovery(),
                   coalesce((SELECT status = 'streaming' FROM pg_stat_wal_receiver), false),
                   coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::bigint
            """, connection))
        await using (var reader = await standby.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (reader.GetBoolean(0))
            {
                return new ReplicationStatus(true, reader.GetBoolean(1), Math.Max(0, reader.GetInt64(2)), []);
            }
        }

        var links = new List<StandbyLink>();
        await using var list = new NpgsqlCommand("""
            SELECT coalesce(application_name, ''), coalesce(state, ''), coalesce(sync_state, '') = 'sync', coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint
            FROM pg_stat_replication ORDER BY application_name, pid
            """, connection);
        await using var rows = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            links.Add(new StandbyLink(rows.GetString(0), rows.GetString(1), rows.GetBoolean(2), Math.Max(0, rows.GetInt64(3))));
        }

        return new ReplicationStatus(false, false, 0, links);
    }

    /// <summary>Whether the connection's role may read the replication statistics (superuser or pg_monitor).</summary>
    public static async Task<bool> MayReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT rolsuper OR pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') FROM pg_roles WHERE rolname = current_user", connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }
}
