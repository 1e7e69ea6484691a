using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Cli.Commands;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Backups;

/// <summary>
/// <c>qh restore --from BASE [--until …]</c>: the base backup becomes the private cluster of a new data folder and
/// PostgreSQL replays the archived WAL up to the moment (recovery_target_time), then opens it as a primary. A folder
/// that already holds a cluster is refused; a restore that fails leaves no half-made folder behind.
/// </summary>
internal static class PointInTime
{
    public static async Task<int> RestoreAsync(string baseDir, string data, DateTimeOffset? until, string? archiveOption, CliContext context, CancellationToken cancellationToken)
    {
        if (LocalPostgres.ExistsIn(data))
        {
            await context.Error.WriteLineAsync($"Thư mục dữ liệu {data} đã có cơ sở dữ liệu: chỉ khôi phục vào một thư mục dữ liệu mới để không ghi đè dữ liệu đang có. Không có gì bị thay đổi.").ConfigureAwait(false);
            return CliApp.Failure;
        }

        var created = !Directory.Exists(data) || !Directory.EnumerateFileSystemEntries(data).Any();
        LocalPostgres? cluster = null;
        try
        {
            var info = await PrivateClusterCopies.ReadInfoAsync(baseDir, cancellationToken).ConfigureAwait(false);
            var archive = archiveOption ?? info.WalArchive;
            if (!Directory.Exists(archive))
            {
                throw new CliUsageException($"Không tìm thấy kho WAL {archive}: cho biết kho WAL của cụm đã sao lưu bằng --archive.");
            }

            if (until < info.TakenAt.AddTicks(-(info.TakenAt.Ticks % TimeSpan.TicksPerSecond)))
            {
                throw new CliUsageException($"Thời điểm --until {LocalMoment.Format(until.Value)} sớm hơn lúc sao lưu cơ sở ({LocalMoment.Format(info.TakenAt)}): hãy chọn một bản sao lưu cơ sở cũ hơn.");
            }

            await PrivateClusterCopies.PrepareRestoreAsync(baseDir, archive, until, data, cancellationToken).ConfigureAwait(false);
            cluster = await LocalPostgres.StartAsync(data, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
            await PrivateClusterCopies.FinishRestoreAsync(cluster, cancellationToken).ConfigureAwait(false);
            var code = await RestoreCommand.RestoredAsync(cluster.OwnerConnectionString, LocalPostgres.AppRole, info.AuditHead, context,
                until is { } moment ? LocalMoment.Format(moment) : null, cancellationToken).ConfigureAwait(false);
            created = false;
            return code;
        }
        catch (Exception ex) when (ex is StartupProblemException or MigrationException or NpgsqlException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            await context.Error.WriteLineAsync("Không khôi phục được đến thời điểm đã chọn: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.StopAsync().ConfigureAwait(false);
            }

            if (created)
            {
                await PrivateClusterCopies.DiscardAsync(data).ConfigureAwait(false);
            }
        }
    }
}
