using Microsoft.Extensions.Logging.Abstractions;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh standby init</c>: a hot standby of the private cluster in another data folder, streaming from it (PostgreSQL's
/// own replication), on its own socket; synchronous unless <c>--async</c>, so that a write the primary acknowledged is
/// on the standby's disk too and survives the primary's loss.
/// </summary>
public sealed class StandbyInitCommand : ICliCommand
{
    public string Name => "standby init";

    public string Summary => "Tạo bản dự phòng nóng (streaming replication) của cụm PostgreSQL riêng trong một thư mục dữ liệu khác.";

    public string Usage => """
        qh standby init --data THƯ-MỤC --from-data THƯ-MỤC-MÁY-CHÍNH [--async]

        Sao chép cụm PostgreSQL riêng của THƯ-MỤC-MÁY-CHÍNH (pg_basebackup) vào thư mục dữ liệu mới THƯ-MỤC, rồi khởi
        động bản sao đó thành bản dự phòng nóng: nhận liên tục mọi thay đổi của máy chính, chỉ đọc, nghe trên thư mục
        socket riêng. Bản dự phòng được để chạy sau khi lệnh kết thúc.
        Mặc định đồng bộ: máy chính chỉ báo ghi xong khi bản dự phòng đã ghi xuống đĩa, nên khi mất máy chính không mất
        thao tác nào đã được xác nhận; đổi lại, khi bản dự phòng dừng thì mọi thao tác ghi trên máy chính phải chờ (xem
        docs/operations-backup.md). --async: không đồng bộ (máy chính không chờ; có thể mất vài thao tác cuối).
        Chuyển sang bản dự phòng khi mất máy chính: qh standby promote --data THƯ-MỤC.

        Kết quả (JSON): {"standby":"…","primary":"…","synchronous":true,"streaming":true}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var data = Path.GetFullPath(args.Required("data"));
        var primaryData = Path.GetFullPath(args.Required("from-data"));
        var synchronous = !args.Flag("async");
        args.EnsureAllUsed();
        if (data == primaryData)
        {
            throw new CliUsageException("--data và --from-data phải là hai thư mục dữ liệu khác nhau.");
        }

        if (LocalPostgres.ExistsIn(data))
        {
            await context.Error.WriteLineAsync($"Thư mục dữ liệu {data} đã có cơ sở dữ liệu: bản dự phòng chỉ tạo trong một thư mục mới. Không có gì bị thay đổi.").ConfigureAwait(false);
            return CliApp.Failure;
        }

        if (!LocalPostgres.ExistsIn(primaryData))
        {
            await context.Error.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu trong thư mục dữ liệu máy chính {primaryData}.").ConfigureAwait(false);
            return CliApp.Failure;
        }

        var created = !Directory.Exists(data) || !Directory.EnumerateFileSystemEntries(data).Any();
        LocalPostgres? primary = null;
        try
        {
            primary = await LocalPostgres.StartAsync(primaryData, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
            await PrivateClusterCopies.InitStandbyAsync(primary, data, synchronous, cancellationToken).ConfigureAwait(false);
            created = false;
            context.WriteJson(new { standby = data, primary = primaryData, synchronous, streaming = true });
            return CliApp.Success;
        }
        catch (Exception ex) when (ex is StartupProblemException or NpgsqlException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("Không tạo được bản dự phòng: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
        finally
        {
            if (primary is not null)
            {
                await primary.StopAsync().ConfigureAwait(false);
            }

            if (created && Directory.Exists(data))
            {
                await PrivateClusterCopies.DiscardAsync(data).ConfigureAwait(false);
            }
        }
    }
}
