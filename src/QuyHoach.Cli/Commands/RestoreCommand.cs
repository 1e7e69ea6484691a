using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Cli.Backups;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh restore</c>: a backup of <c>qh backup</c> into an empty database (a new private cluster under a data folder,
/// or an empty database given by its connection), then the migrations and grants the app needs, then the audit
/// chain verified against the head recorded in the backup. A base backup is replayed from the WAL archive up to a
/// moment (point-in-time recovery). A target that already holds anything is refused and left unchanged.
/// </summary>
public sealed class RestoreCommand : ICliCommand
{
    public string Name => "restore";

    public string Summary => "Khôi phục một bản sao lưu vào CSDL trống (kiểm tra nhật ký kiểm tra với mốc đã ghi), hoặc khôi phục đến một thời điểm.";

    public string Usage => """
        qh restore --from TỆP (--data THƯ-MỤC | --connection CHUỖI-KẾT-NỐI) [--passphrase-file TỆP-MẬT-KHẨU]
        qh restore --from THƯ-MỤC-SAO-LƯU-CƠ-SỞ --data THƯ-MỤC [--until "yyyy-MM-dd HH:mm:ss"] [--archive THƯ-MỤC-WAL]

        Khôi phục bản sao lưu của qh backup vào một CSDL trống: --data là thư mục dữ liệu mới (lệnh tạo cụm
        PostgreSQL riêng trong đó; dùng được ngay bằng QUYHOACH_DATA=THƯ-MỤC ./run), --connection là một CSDL trống có
        sẵn (vai trò chủ sở hữu). Sau khi nạp: áp dụng các bản chuyển đổi mới hơn, cấp quyền cho vai trò ứng dụng,
        rồi kiểm tra chuỗi nhật ký kiểm tra với mốc đã ghi trong bản sao lưu. CSDL đích đã có dữ liệu thì lệnh từ
        chối và không thay đổi gì. Bản sao lưu đã mã hóa cần --passphrase-file (sai mật khẩu thì từ chối).
        Khôi phục đến một thời điểm: --from là thư mục của qh backup --base; lệnh chép bản sao lưu cơ sở vào thư mục
        dữ liệu mới rồi chạy lại nhật ký WAL đã lưu đến --until (giờ của máy chủ; bỏ trống: đến bản ghi cuối cùng có
        trong kho WAL). --archive: kho WAL (mặc định: kho của cụm đã sao lưu, ghi trong thư mục sao lưu cơ sở).

        Kết quả (JSON): {"restored":true,"tables":45,"rows":1234,"auditValid":true}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var from = Path.GetFullPath(args.Required("from"));
        var data = args.Optional("data") is { } folder ? Path.GetFullPath(folder) : null;
        var connection = args.Optional("connection");
        var passphraseFile = args.Optional("passphrase-file");
        var untilText = args.Optional("until");
        var archive = args.Optional("archive") is { } archiveFolder ? Path.GetFullPath(archiveFolder) : null;
        args.EnsureAllUsed();
        if ((data is null) == (connection is null))
        {
            throw new CliUsageException("Cho biết nơi khôi phục: --data THƯ-MỤC (thư mục dữ liệu mới) hoặc --connection CHUỖI-KẾT-NỐI (CSDL trống), một trong hai.");
        }

        if (PrivateClusterCopies.IsBaseBackup(from))
        {
            if (data is null || passphraseFile is not null)
            {
                throw new CliUsageException("Khôi phục từ bản sao lưu cơ sở cần --data THƯ-MỤC (thư mục dữ liệu mới), không dùng --connection hay --passphrase-file.");
            }

            var until = untilText is null ? (DateTimeOffset?)null : LocalMoment.Parse("until", untilText);
            return await PointInTime.RestoreAsync(from, data, until, archive, context, cancellationToken).ConfigureAwait(false);
        }

        if (untilText is not null || archive is not null)
        {
            throw new CliUsageException($"--until và --archive chỉ dùng với thư mục của qh backup --base; {from} không phải thư mục đó.");
        }

        if (!File.Exists(from))
        {
            throw new CliUsageException($"Không tìm thấy bản sao lưu {from}.");
        }

        var passphrase = passphraseFile is null ? null : Passphrase.Read(passphraseFile, forBackup: false);
        try
        {
            // The whole file is read (and, encrypted, authenticated) before the target is touched.
            var contents = await BackupFile.InspectAsync(from, passphrase, cancellationToken).ConfigureAwait(false);
            await using var target = await RestoreTarget.OpenAsync(data, connection, cancellationToken).ConfigureAwait(false);
            var objects = await DatabaseCensus.ObjectCountAsync(target.Owner, cancellationToken).ConfigureAwait(false);
            if (objects > 0)
            {
                await context.Error.WriteLineAsync($"CSDL đích không trống (đã có {objects} bảng, chuỗi số hay hàm): chỉ khôi phục vào một CSDL trống để không ghi đè dữ liệu đang có. Không có gì bị thay đổi.").ConfigureAwait(false);
                return CliApp.Failure;
            }

            using (var restore = PgTool.Restore(target.Owner))
            {
                try
                {
                    await BackupFile.CopyDumpAsync(from, contents, restore.Input, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // pg_restore stopped reading: its own message says why.
                    await restore.FinishAsync(cancellationToken).ConfigureAwait(false);
                    throw;
                }
                catch
                {
                    restore.Kill();
                    throw;
                }

                await restore.FinishAsync(cancellationToken).ConfigureAwait(false);
            }

            return await RestoredAsync(target.Owner, target.AppRole, contents.AuditHead, context, null, cancellationToken).ConfigureAwait(false);
        }
        catch (BackupFileException ex)
        {
            await context.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
        catch (Exception ex) when (ex is StartupProblemException or MigrationException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await context.Error.WriteLineAsync("Không khôi phục được: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }

    /// <summary>After the data is in: migrations and grants, the audit chain against the recorded head, the JSON.</summary>
    internal static async Task<int> RestoredAsync(string owner, string? appRole, string? headText, CliContext context, string? until, CancellationToken cancellationToken)
    {
        await MigrationRunner.MigrateAsync(owner, appRole, cancellationToken).ConfigureAwait(false);
        var head = AuditChainHead.TryParse(headText);
        var report = await AuditChainVerifier.VerifyAsync(owner, head, cancellationToken).ConfigureAwait(false);
        var (tables, rows) = await DatabaseCensus.CountAsync(owner, cancellationToken).ConfigureAwait(false);
        context.WriteJson(new { restored = true, tables, rows, auditValid = report.Valid, until, reason = report.Reason });
        if (!report.Valid)
        {
            await context.Error.WriteLineAsync("Đã khôi phục nhưng nhật ký kiểm tra không khớp với mốc ghi trong bản sao lưu: " + report.Reason).ConfigureAwait(false);
            return CliApp.Failure;
        }

        return CliApp.Success;
    }

    /// <summary>The database restored into: a private cluster under a data folder (created when missing, stopped
    /// afterwards) or a connection as the owner role.</summary>
    private sealed class RestoreTarget : IAsyncDisposable
    {
        private LocalPostgres? _cluster;

        public string Owner { get; private init; } = "";

        public string? AppRole { get; private init; }

        public static async Task<RestoreTarget> OpenAsync(string? data, string? connection, CancellationToken cancellationToken)
        {
            if (data is null)
            {
                return new RestoreTarget { Owner = connection! };
            }

            var cluster = await LocalPostgres.StartAsync(data, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
            return new RestoreTarget { Owner = cluster.OwnerConnectionString, AppRole = LocalPostgres.AppRole, _cluster = cluster };
        }

        public async ValueTask DisposeAsync()
        {
            if (_cluster is not null)
            {
                await _cluster.StopAsync().ConfigureAwait(false);
            }
        }
    }
}
