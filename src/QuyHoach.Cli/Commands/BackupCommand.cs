using System.Security.Cryptography;
using QuyHoach.Cli.Backups;
using QuyHoach.Data.Audit;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh backup --out FILE</c>: a pg_dump of the database in custom format (restored with <c>qh restore</c> or
/// pg_restore, docs/operations.md), with the audit log's head at the very moment of the dump recorded in the file
/// and in the JSON. The file is created with mode 0600 before any byte is written (docs/security.md: a dump holds
/// every cadre's record and the password hashes), is never overwritten, and is sealed with a passphrase when asked.
/// <c>qh backup --base --out DIR</c>: a base backup of the private cluster (pg_basebackup), the starting point of a
/// point-in-time restore from the WAL archive.
/// </summary>
public sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";

    public string Summary => "Sao lưu cơ sở dữ liệu ra một tệp (pg_dump, chỉ chủ tệp đọc được, có thể mã hóa) hoặc sao lưu cơ sở của cụm riêng (--base).";

    public string Usage => """
        qh backup --out TỆP [--passphrase-file TỆP-MẬT-KHẨU] [--connection CHUỖI-KẾT-NỐI | --data THƯ-MỤC-DỮ-LIỆU]
        qh backup --base --out THƯ-MỤC [--data THƯ-MỤC-DỮ-LIỆU]

        Ghi toàn bộ cơ sở dữ liệu ra TỆP bằng pg_dump (định dạng custom; khôi phục bằng qh restore, hoặc pg_restore:
        xem docs/operations.md). TỆP được tạo mới với quyền 0600 (chỉ người chạy lệnh đọc được); nếu TỆP đã có thì
        lệnh từ chối, không ghi đè. auditHead là mốc của nhật ký kiểm tra trong đúng bản sao lưu này, được ghi cả vào
        tệp: qh restore kiểm tra bản khôi phục với mốc đó. Hãy lưu lại sha256 và auditHead ở nơi khác.
        --passphrase-file: mã hóa tệp (AES-256-GCM, khóa sinh từ mật khẩu bằng PBKDF2) bằng mật khẩu ở dòng đầu của
        TỆP-MẬT-KHẨU (ít nhất 12 ký tự). Mất mật khẩu là mất bản sao lưu.
        --base: sao lưu cơ sở cụm PostgreSQL riêng (pg_basebackup) vào THƯ-MỤC mới; cùng với nhật ký WAL được lưu
        liên tục trong thư mục dữ liệu, cho phép khôi phục đến một thời điểm: qh restore --from THƯ-MỤC --until ….
        Thư mục khóa (keys/ trong QUYHOACH_DATA) không nằm trong CSDL: phải sao lưu riêng.

        Cơ sở dữ liệu: --connection, hoặc ConnectionStrings__QuyHoachMigrations (vai trò chủ sở hữu), hoặc
        ConnectionStrings__QuyHoach; nếu không có, dùng cụm PostgreSQL riêng trong QUYHOACH_DATA (mặc định ./.data);
        --data: cụm PostgreSQL riêng của thư mục dữ liệu đó.
        Kết quả (JSON): {"file":"/đường/dẫn/tệp","bytes":123456,"sha256":"…","auditHead":"<mã băm>:120"}
        với --base: {"directory":"…","bytes":…,"takenAt":"yyyy-MM-dd HH:mm:ss","walArchive":"…","auditHead":"…"}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var target = Path.GetFullPath(args.Required("out"));
        var isBase = args.Flag("base");
        var passphraseFile = args.Optional("passphrase-file");
        var option = args.Optional("connection");
        var data = args.Optional("data");
        args.EnsureAllUsed();
        if (option is not null && data is not null)
        {
            throw new CliUsageException("Chỉ dùng một trong hai: --connection hoặc --data.");
        }

        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new CliUsageException($"{(isBase ? "Thư mục" : "Tệp")} {target} đã có: bản sao lưu không ghi đè, hãy chọn tên khác.");
        }

        if (isBase && (passphraseFile is not null || option is not null))
        {
            throw new CliUsageException("--base chỉ dùng cho cụm PostgreSQL riêng và không mã hóa: bỏ --passphrase-file và --connection (hãy lưu thư mục sao lưu cơ sở ở nơi được bảo vệ).");
        }

        var passphrase = passphraseFile is null ? null : Passphrase.Read(passphraseFile, forBackup: true);
        try
        {
            await using var database = await CliDatabase.OpenAsync(option, cancellationToken, dataFolder: data).ConfigureAwait(false);
            if (isBase)
            {
                return await BaseAsync(database, target, data, context, cancellationToken).ConfigureAwait(false);
            }

            // The head is read in the transaction whose snapshot pg_dump uses: it is the head of this very dump.
            await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var head = (await AuditChainHead.ReadAsync(connection, cancellationToken).ConfigureAwait(false)).ToString();
            await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
            var snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            using (var dump = PgTool.Dump(database.OwnerConnectionString, snapshot))
            {
                await BackupFile.WriteAsync(target, dump.Output, () => dump.FinishAsync(cancellationToken), head, passphrase, cancellationToken).ConfigureAwait(false);
            }

            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            var bytes = new FileInfo(target).Length;
            await RecordAsync(new LastBackup(DateTimeOffset.UtcNow, "dump", target, bytes, head), data, context, cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { file = target, bytes, sha256 = await Sha256Async(target, cancellationToken).ConfigureAwait(false), auditHead = head });
            return CliApp.Success;
        }
        catch (Exception ex) when (ex is StartupProblemException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await context.Error.WriteLineAsync("Không sao lưu được cơ sở dữ liệu: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }

    private static async Task<int> BaseAsync(CliDatabase database, string directory, string? data, CliContext context, CancellationToken cancellationToken)
    {
        if (database.Cluster is not { } cluster)
        {
            await context.Error.WriteLineAsync("Sao lưu cơ sở (--base) chỉ dùng cho cụm PostgreSQL riêng của ứng dụng; với một PostgreSQL có sẵn, dùng pg_basebackup và cấu hình lưu WAL của máy chủ đó.").ConfigureAwait(false);
            return CliApp.Failure;
        }

        try
        {
            var head = (await AuditChainHead.ReadAsync(database.OwnerConnectionString, cancellationToken).ConfigureAwait(false)).ToString();
            var info = await PrivateClusterCopies.BaseBackupAsync(cluster, directory, head, cancellationToken).ConfigureAwait(false);
            var bytes = new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            await RecordAsync(new LastBackup(DateTimeOffset.UtcNow, "base", directory, bytes, head), data, context, cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { directory, bytes, takenAt = LocalMoment.Format(info.TakenAt), walArchive = info.WalArchive, auditHead = head });
            return CliApp.Success;
        }
        catch
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            throw;
        }
    }

    /// <summary>Records the backup in the data folder (<see cref="LastBackup"/>, read by the health page) when that
    /// folder exists; a backup that could not be recorded is still a good backup, so only a warning is written.</summary>
    private static async Task RecordAsync(LastBackup backup, string? data, CliContext context, CancellationToken cancellationToken)
    {
        var folder = CliDatabase.DataFolder(data);
        if (!Directory.Exists(folder))
        {
            return;
        }

        try
        {
            await backup.WriteAsync(folder, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"Cảnh báo: đã sao lưu xong nhưng không ghi được mốc sao lưu vào {folder}: {ex.Message}").ConfigureAwait(false);
        }
    }

    private static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}
