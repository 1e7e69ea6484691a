using Microsoft.EntityFrameworkCore;

namespace QuyHoach.Web.Database;

/// <summary>Where and when a read was made: the database (<see cref="Database"/>) and its snapshot, as PostgreSQL writes it.</summary>
/// <param name="Database">This database in this run of its server: its oid and the server's start time. Transaction ids
/// compare only within one run of one cluster (a restore, a point-in-time recovery or a test's fresh database starts
/// another), so a snapshot is checked only against the database it was taken in.</param>
/// <param name="Snapshot">pg_current_snapshot() as text ("xmin:xmax:xip,…").</param>
/// <param name="Holds">Whether the snapshot checked (<see cref="DataChanges.ReadAsync"/>'s <c>kept</c>) still holds for the tables asked.</param>
public sealed record DataState(string Database, string Snapshot, bool Holds);

/// <summary>A kept snapshot checked (<see cref="DataChanges.ReadAsync"/>): the state, the tables changed since it among
/// those asked (every one asked when that is unknown), and which cadres changed since when the registry's changes were
/// recorded cadre by cadre (migrations 0041, 0042, 0043); <see cref="Cadres"/> is null when that is unknown (not asked for, a
/// snapshot older than the horizon, a TRUNCATE, or more cadres than asked for).</summary>
/// <param name="Recorded">Whether every change since the snapshot is recorded (it is not older than the horizon): only
/// then are <see cref="Tables"/> the tables changed rather than every one asked.</param>
public sealed record DataTouch(DataState State, IReadOnlyList<string> Tables, IReadOnlyList<Guid>? Cadres, bool Recorded);

/// <summary>How many changed cadres a caller of <see cref="DataChanges.ReadAsync"/> can use: at least
/// <paramref name="AtLeast"/>, and one in <paramref name="Share"/> of the registry's cadres when that is more (0: no
/// share); <see cref="None"/>: none are read.</summary>
/// <remarks>The registry's size is PostgreSQL's estimate of the cadres' rows (<c>pg_class.reltuples</c>, kept by ANALYZE
/// and autovacuum): what the limit weighs is the cost of reading the registry whole, which grows with it.</remarks>
public readonly record struct CadreLimit(int AtLeast, int Share)
{
    public static CadreLimit None => default;
}

/// <summary>
/// Thay đổi dữ liệu: whether any transaction changed the data since a snapshot (migrations 0038 and 0039, ADR 0025).
/// Each transaction that writes a tracked table records its id and the table in <c>data_changes</c>; a snapshot still
/// holds for some tables when every recorded transaction visible now that changed one of them was visible to it too,
/// and it is not older than the kept rows (the horizon).
/// </summary>
public static class DataChanges
{
    /// <summary>
    /// One statement: the database, the current snapshot (taken before anything the caller reads next, so whatever it
    /// reads is at least that recent), whether <paramref name="kept"/> (a snapshot of the same database) still holds
    /// for <paramref name="tables"/> (null: for every table), and when it does not, the tables changed since and, up to
    /// <paramref name="cadres"/>' limit, the cadres changed since in <c>cadres</c> and <c>assignments</c> (migration
    /// 0041, 0042; null beyond, when a TRUNCATE recorded "any cadre", or when the snapshot is older than the horizon).
    /// </summary>
    /// <param name="cadres">How many changed cadres the caller can use (ReportCache.Patched); CadreLimit.None: none are read.
    /// How many were recorded is summed first (each transaction's count, migration 0043), and the cadres read only within
    /// the limit: more reads none (at national size the 100,012 ids of a larger change, read and sent twice a request,
    /// took 71–88 ms of the whole read that followed; counted one by one, 34–44 ms). A cadre changed by two transactions
    /// since counts twice, so such a change is unknown a little sooner.</param>
    public static async Task<DataTouch> ReadAsync(QuyHoachDbContext db, string? kept, IReadOnlyList<string>? tables, CadreLimit cadres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = tables?.ToArray();
        var (least, share) = (cadres.AtLeast, cadres.Share);
        // The check of a part runs inside the read of the set built on it: it is no read of the set's data.
        using var paused = DataReads.Pause();
        var row = await db.Database.SqlQuery<TouchRow>($"""
            WITH changed AS (
                SELECT DISTINCT d.table_name FROM data_changes d
                WHERE d.xid >= pg_snapshot_xmin({kept}::pg_snapshot) AND NOT pg_visible_in_snapshot(d.xid, {kept}::pg_snapshot)
                  AND ({names}::text[] IS NULL OR d.table_name = ANY ({names}::text[]))),
            most AS (
                SELECT greatest({least}::bigint, CASE WHEN {share} > 0 THEN (SELECT reltuples::bigint FROM pg_class WHERE oid = 'cadres'::regclass) / {share} ELSE 0 END) AS n),
            recorded AS (
                SELECT coalesce(sum(d.cadres), 0) <= (SELECT n FROM most) AS within FROM data_changes d
                WHERE {least} > 0 AND d.xid >= pg_snapshot_xmin({kept}::pg_snapshot) AND NOT pg_visible_in_snapshot(d.xid, {kept}::pg_snapshot)),
            touched AS (
                SELECT DISTINCT c.cadre_id FROM cadre_changes c
                WHERE {least} > 0 AND (SELECT within FROM recorded)
                  AND c.xid >= pg_snapshot_xmin({kept}::pg_snapshot) AND NOT pg_visible_in_snapshot(c.xid, {kept}::pg_snapshot))
            SELECT (SELECT oid FROM pg_database WHERE datname = current_database())::text || '@' || pg_postmaster_start_time()::text AS "Database",
                   pg_current_snapshot()::text AS "Snapshot",
                   coalesce(h.horizon <= pg_snapshot_xmin({kept}::pg_snapshot), false) AS "Recorded",
                   ARRAY(SELECT table_name FROM changed ORDER BY 1) AS "Tables",
                   ARRAY(SELECT cadre_id FROM touched) AS "Cadres",
                   (SELECT within FROM recorded) AS "Within"
            FROM data_changes_horizon h
            """).SingleAsync(cancellationToken).ConfigureAwait(false);
        var state = new DataState(row.Database, row.Snapshot, row.Recorded && row.Tables.Length == 0);
        var known = least > 0 && row.Recorded && row.Within && !row.Cadres.Contains(Guid.Empty);
        return new DataTouch(state, row.Recorded ? row.Tables : names ?? [], known ? row.Cadres : null, row.Recorded);
    }

    private sealed record TouchRow(string Database, string Snapshot, bool Recorded, string[] Tables, Guid[] Cadres, bool Within);

    /// <summary>
    /// Removes the rows no snapshot can need: those of transactions finished before every running one (the horizon
    /// rises to that point, so an older kept snapshot is computed again rather than trusted), and those of no
    /// transaction of this cluster (ids beyond its own, left by a restore from another cluster). Returns the rows removed.
    /// </summary>
    public static Task<int> PruneAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"""
            WITH raised AS (UPDATE data_changes_horizon SET horizon = pg_snapshot_xmin(pg_current_snapshot()) RETURNING horizon),
            cadres AS (DELETE FROM cadre_changes WHERE xid < (SELECT horizon FROM raised) OR xid >= pg_snapshot_xmax(pg_current_snapshot()))
            DELETE FROM data_changes WHERE xid < (SELECT horizon FROM raised) OR xid >= pg_snapshot_xmax(pg_current_snapshot())
            """, cancellationToken);
    }
}
