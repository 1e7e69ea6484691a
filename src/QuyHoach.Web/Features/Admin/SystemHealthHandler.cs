using Npgsql;
using QuyHoach.Data.Postgres;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Admin;

/// <summary>Tình trạng hệ thống, as the administrator's health page shows it.</summary>
/// <param name="DatabaseVersion">PostgreSQL's version; null when the database cannot be reached.</param>
/// <param name="Replication">The primary's standbys, or the database itself as a standby; null when not readable.</param>
/// <param name="ReplicationReadable">False when the application's role may not read the replication statistics.</param>
/// <param name="ReadOnlyReplica">The read-only connection's own state when it is configured (a standby: its lag).</param>
/// <param name="LastBackup">The last <c>qh backup</c> recorded in the data folder, or null.</param>
/// <param name="DiskFreeBytes">Free space of the data folder's file system, or null when it cannot be read.</param>
/// <param name="AuditHead">The audit log's head, <c>HASH:COUNT</c>.</param>
/// <param name="DocumentFont">Whether the Vietnamese serif font of the charts and PDFs is installed (VietnameseFontResolver).</param>
public sealed record SystemHealth(
    string? DatabaseVersion,
    ReplicationStatus? Replication,
    bool ReplicationReadable,
    ReplicationStatus? ReadOnlyReplica,
    LastBackup? LastBackup,
    string DataFolder,
    long? DiskFreeBytes,
    long? DiskTotalBytes,
    string? AuditHead,
    bool DocumentFont);

/// <summary>Reads the system's state for the health page (administrators only): the database and its version, the
/// standbys and their lag (<see cref="ReplicationStatus"/>), the last backup, the data folder's free disk, the audit
/// log's head and whether the charts' and PDFs' font is installed. Every part that fails is shown as unknown; the page itself never fails.</summary>
public sealed class SystemHealthHandler(DatabaseEndpoint endpoint)
{
    public async Task<SystemHealth> HandleAsync(CancellationToken cancellationToken)
    {
        var connection = endpoint.ConnectionString;
        string? version = null, head = null;
        ReplicationStatus? replication = null, replica = null;
        var readable = false;
        try
        {
            await using var open = new NpgsqlConnection(connection);
            await open.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SHOW server_version", open);
            version = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            head = (await AuditChainHead.ReadAsync(open, cancellationToken).ConfigureAwait(false)).ToString();
            if (endpoint.PrivateCluster is { } cluster)
            {
                (replication, readable) = (await ReplicationStatus.ReadAsync(cluster, cancellationToken).ConfigureAwait(false), true);
            }
            else if (await ReplicationStatus.MayReadAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                (replication, readable) = (await ReplicationStatus.ReadAsync(connection, cancellationToken).ConfigureAwait(false), true);
            }
        }
        catch (NpgsqlException)
        {
            // Shown as unreachable; the database's own log says why.
        }

        if (endpoint.ConfiguredReadOnly is not null)
        {
            try
            {
                replica = await ReplicationStatus.ReadAsync(endpoint.ReadOnlyConnectionString, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                replica = null;
            }
        }

        var (free, total) = Disk(endpoint.DataFolder);
        var backup = await LastBackup.ReadAsync(endpoint.DataFolder, cancellationToken).ConfigureAwait(false);
        var font = Documents.Pdf.VietnameseFontResolver.Installed() is not null;
        return new SystemHealth(version, replication, readable, replica, backup, endpoint.DataFolder, free, total, head, font);
    }

    private static (long? Free, long? Total) Disk(string folder)
    {
        try
        {
            var drive = new DriveInfo(Directory.Exists(folder) ? folder : Path.GetDirectoryName(Path.GetFullPath(folder)) ?? "/");
            return (drive.AvailableFreeSpace, drive.TotalSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (null, null);
        }
    }
}
