using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Data.Audit;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh standby promote</c>: the standby becomes the primary (failover): it stops following the lost primary,
/// accepts writes, archives its own WAL; its audit chain is verified. The app is then pointed at its data folder.
/// </summary>
public sealed class StandbyPromoteCommand : ICliCommand
{
    public string Name => "standby promote";

    public string Summary => "Chuyển bản dự phòng thành máy chính (khi mất máy chính).";

    public string Usage => """
        qh standby promote --data THƯ-MỤC

        Chuyển bản dự phòng trong THƯ-MỤC (tạo bằng qh standby init) thành máy chính: thôi nhận dữ liệu từ máy chính
        cũ, nhận ghi, tự lưu nhật ký WAL của mình; rồi kiểm tra chuỗi nhật ký kiểm tra. Chỉ làm khi máy chính cũ đã
        dừng hẳn (hai máy chính cùng nhận ghi thì dữ liệu tách làm hai). Sau đó chạy ứng dụng với
        QUYHOACH_DATA=THƯ-MỤC ./run.

        Kết quả (JSON): {"promoted":true,"data":"…","auditValid":true,"records":120}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var data = Path.GetFullPath(args.Required("data"));
        args.EnsureAllUsed();
        try
        {
            if (!LocalPostgres.ExistsIn(data) || !await PrivateClusterCopies.IsStandbyAsync(data, cancellationToken).ConfigureAwait(false))
            {
                await context.Error.WriteLineAsync($"Thư mục dữ liệu {data} không chứa bản dự phòng (tạo bằng qh standby init, hoặc đã được chuyển thành máy chính).").ConfigureAwait(false);
                return CliApp.Failure;
            }

            var standby = await LocalPostgres.StartAsync(data, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
            try
            {
                await PrivateClusterCopies.PromoteAsync(standby, cancellationToken).ConfigureAwait(false);
                var report = await AuditChainVerifier.VerifyAsync(standby.OwnerConnectionString, cancellationToken).ConfigureAwait(false);
                context.WriteJson(new { promoted = true, data, auditValid = report.Valid, records = report.Records, reason = report.Reason });
                return report.Valid ? CliApp.Success : CliApp.Failure;
            }
            finally
            {
                await standby.StopAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is StartupProblemException or NpgsqlException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("Không chuyển được bản dự phòng thành máy chính: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }
}
