using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using QuyHoach.Cli.Infrastructure;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh backup --out FILE</c>: a pg_dump of the database in custom format (restored with pg_restore,
/// docs/operations.md), with the audit log's head at the very moment of the dump. The file is created with mode 0600
/// before any byte is written (docs/security.md: a dump holds every cadre's record and the password hashes) and
/// is never overwritten. The JSON result is the contract the operations issue builds on.
/// </summary>
public sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";

    public string Summary => "Sao lưu cơ sở dữ liệu ra một tệp (pg_dump, chỉ chủ tệp đọc được) kèm mốc nhật ký kiểm tra.";

    public string Usage => """
        qh backup --out TỆP [--connection CHUỖI-KẾT-NỐI]

        Ghi toàn bộ cơ sở dữ liệu ra TỆP bằng pg_dump (định dạng custom, khôi phục bằng pg_restore: xem
        docs/operations.md). TỆP được tạo mới với quyền 0600 (chỉ người chạy lệnh đọc được); nếu TỆP đã có thì
        lệnh từ chối, không ghi đè. auditHead là mốc của nhật ký kiểm tra trong đúng bản sao lưu này: hãy lưu lại để
        kiểm tra bản khôi phục bằng qh audit verify --head.
        Thư mục khóa (keys/ trong QUYHOACH_DATA) không nằm trong CSDL: phải sao lưu riêng.

        Cơ sở dữ liệu: --connection, hoặc ConnectionStrings__QuyHoachMigrations (vai trò chủ sở hữu), hoặc
        ConnectionStrings__QuyHoach; nếu không có, dùng cụm PostgreSQL riêng trong QUYHOACH_DATA (mặc định ./.data).
        Kết quả (JSON): {"file":"/đường/dẫn/tệp","bytes":123456,"sha256":"…","auditHead":"<mã băm>:120"}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var file = Path.GetFullPath(args.Required("out"));
        var option = args.Optional("connection");
        args.EnsureAllUsed();
        if (File.Exists(file) || Directory.Exists(file))
        {
            throw new CliUsageException($"Tệp {file} đã có: bản sao lưu không ghi đè tệp nào, hãy chọn tên khác.");
        }

        try
        {
            await using var database = await CliDatabase.OpenAsync(option, cancellationToken).ConfigureAwait(false);
            // The head is read in the transaction whose snapshot pg_dump uses: it is the head of this very dump.
            await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var head = await AuditChainHead.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
            var snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            var (bytes, sha256) = await DumpAsync(database.OwnerConnectionString, snapshot, file, cancellationToken).ConfigureAwait(false);
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { file, bytes, sha256, auditHead = head.ToString() });
            return CliApp.Success;
        }
        catch (Exception ex) when (ex is StartupProblemException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await context.Error.WriteLineAsync("Không sao lưu được cơ sở dữ liệu: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }

    /// <summary>Runs pg_dump into a new 0600 file, hashing what it writes; removes the file when pg_dump fails.</summary>
    private static async Task<(long Bytes, string Sha256)> DumpAsync(string connectionString, string snapshot, string file, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(LocalPostgres.ToolPath("pg_dump"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--format=custom", "--no-password", "--snapshot=" + snapshot, "--dbname=" + Libpq(target) })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PGPASSWORD"] = target.Password ?? "";
        info.Environment["LC_ALL"] = "C.UTF-8";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var (created, completed) = (false, false);
        try
        {
            long bytes;
            string hash;
            await using (var output = new FileStream(file, options))
            {
                created = true;
                using var process = Process.Start(info) ?? throw new IOException("Không chạy được pg_dump.");
                var errors = process.StandardError.ReadToEndAsync(cancellationToken);
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                bytes = 0;
                int read;
                while ((read = await process.StandardOutput.BaseStream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    bytes += read;
                }

                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                var error = await errors.ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    throw new IOException("pg_dump thất bại: " + error.Trim());
                }

                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                output.Flush(flushToDisk: true);
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            completed = true;
            return (bytes, hash);
        }
        finally
        {
            if (created && !completed)
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The Npgsql connection string as libpq keywords (the password goes through PGPASSWORD instead).</summary>
    private static string Libpq(NpgsqlConnectionStringBuilder target)
    {
        var text = new StringBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(key).Append("='").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("' ");
            }
        }

        Add("host", target.Host);
        Add("port", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("user", target.Username);
        Add("dbname", target.Database);
        return text.ToString().TrimEnd();
    }
}
