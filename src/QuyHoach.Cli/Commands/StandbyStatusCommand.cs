using Microsoft.Extensions.Logging.Abstractions;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh standby status</c>: whether the private cluster of a data folder is a standby and is receiving (and how many
/// bytes of WAL it has not replayed yet), or, for a primary, its standbys with their state and lag.
/// </summary>
public sealed class StandbyStatusCommand : ICliCommand
{
    public string Name => "standby status";

    public string Summary => "Trạng thái sao chép: bản dự phòng có đang nhận dữ liệu không, chậm bao nhiêu; máy chính có những bản dự phòng nào.";

    public string Usage => """
        qh standby status --data THƯ-MỤC

        Với bản dự phòng: {"standby":true,"receiving":true,"replayLagBytes":0}: đang nhận dữ liệu từ máy chính hay
        không, và số byte nhật ký WAL đã nhận mà chưa áp dụng.
        Với máy chính: {"standby":false,"standbys":[{"name":"quyhoach_standby","state":"streaming","synchronous":true,"lagBytes":0}]}:
        các bản dự phòng đang kết nối, có đồng bộ không, và số byte WAL chúng còn chậm so với máy chính.
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var data = Path.GetFullPath(args.Required("data"));
        args.EnsureAllUsed();
        if (!LocalPostgres.ExistsIn(data))
        {
            await context.Error.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu trong thư mục dữ liệu {data}.").ConfigureAwait(false);
            return CliApp.Failure;
        }

        try
        {
            var cluster = await LocalPostgres.StartAsync(data, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
            try
            {
                var status = await ReplicationStatus.ReadAsync(cluster, cancellationToken).ConfigureAwait(false);
                if (status.Standby)
                {
                    context.WriteJson(new { standby = true, receiving = status.Receiving, replayLagBytes = status.ReplayLagBytes });
                }
                else
                {
                    context.WriteJson(new { standby = false, standbys = status.Standbys.Select(s => new { name = s.Name, state = s.State, synchronous = s.Synchronous, lagBytes = s.LagBytes }) });
                }

                return CliApp.Success;
            }
            finally
            {
                await cluster.StopAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is StartupProblemException or NpgsqlException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("Không đọc được trạng thái sao chép: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }
}
