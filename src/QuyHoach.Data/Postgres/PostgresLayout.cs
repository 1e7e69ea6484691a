using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace QuyHoach.Data.Postgres;

/// <summary>
/// Where the private cluster lives and who runs it: <c>DATA/postgres/{data,run,postgres.log}</c> and the passwords
/// <c>DATA/postgres-password</c> (the cluster's superuser), <c>DATA/postgres-owner-password</c> (the schema's owner,
/// migrations) and <c>DATA/postgres-app-password</c> (the application). Checks the folder is writable and the PostgreSQL binaries exist, with messages
/// that say what to do.
/// </summary>
internal sealed class PostgresLayout
{
    private PostgresLayout(string binDir, string root, string socketDir, string passwordFile, string? runAsUser)
    {
        BinDir = binDir;
        Root = root;
        SocketDir = socketDir;
        PasswordFile = passwordFile;
        RunAsUser = runAsUser;
    }

    private const string PasswordFileName = "postgres-password";

    public string BinDir { get; }

    public string Root { get; }

    public string ClusterDir => Path.Combine(Root, "data");

    public string SocketDir { get; }

    public string LogFile => Path.Combine(Root, "postgres.log");

    /// <summary>Where the cluster archives its WAL (continuous archiving, for point-in-time recovery), beside the
    /// cluster in the data folder.</summary>
    public string WalArchiveDir => Path.Combine(Root, "wal-archive");

    /// <summary>The data folder the layout was prepared for (where the password files are).</summary>
    public string DataFolder => Path.GetDirectoryName(PasswordFile)!;

    public string PasswordFile { get; }

    public string OwnerPasswordFile => Path.Combine(Path.GetDirectoryName(PasswordFile)!, "postgres-owner-password");

    public string AppPasswordFile => Path.Combine(Path.GetDirectoryName(PasswordFile)!, "postgres-app-password");

    /// <summary><c>postgres</c> when we are root, else null (run as ourselves).</summary>
    public string? RunAsUser { get; }

    public string Tool(string name) => Path.Combine(BinDir, name);

    /// <summary>
    /// True when a private cluster was set up under <paramref name="dataFolder"/> (its password file is written when the
    /// cluster is initialised), found without creating anything.
    /// </summary>
    public static bool Exists(string dataFolder) => File.Exists(Path.Combine(Path.GetFullPath(dataFolder), PasswordFileName));

    public static async Task<PostgresLayout> PrepareAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(dataFolder);
        EnsureWritable(data);
        var binDir = FindBinDir();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var root = Path.Combine(data, "postgres");
        if (runAs is not null && !await CanTraverseAsync(runAs, data, cancellationToken).ConfigureAwait(false))
        {
            // The postgres user cannot reach the data folder (e.g. a clone under /root, mode 0700): keep the cluster
            // in a folder of its own, keyed by the data folder, and say so in the log.
            root = Path.Combine("/var/lib/quyhoach", Hash(data));
        }

        Directory.CreateDirectory(root);
        var socketDir = Path.Combine(root, "run");
        if (Encoding.UTF8.GetByteCount(socketDir) > 80)
        {
            socketDir = Path.Combine("/tmp", "quyhoach-" + Hash(data));
        }

        Directory.CreateDirectory(socketDir);
        var archive = Path.Combine(root, "wal-archive");
        Directory.CreateDirectory(archive);
        OwnerOnly(socketDir, UnixFileMode.UserExecute);
        OwnerOnly(archive, UnixFileMode.UserExecute);
        OwnerOnly(root, UnixFileMode.UserExecute);
        if (runAs is not null)
        {
            await ChownAsync(runAs, cancellationToken, root, socketDir).ConfigureAwait(false);
        }

        return new PostgresLayout(binDir, root, socketDir, Path.Combine(data, PasswordFileName), runAs);
    }

    public async Task WriteSecretAsync(string path, string content, CancellationToken cancellationToken, bool forPostgres = false)
    {
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        OwnerOnly(path, UnixFileMode.None);
        if (forPostgres && RunAsUser is not null)
        {
            await ChownAsync(RunAsUser, cancellationToken, path).ConfigureAwait(false);
        }
    }

    /// <summary>Mode 0600 (files) or 0700 (folders, with <paramref name="extra"/> = UserExecute).</summary>
    internal static void OwnerOnly(string path, UnixFileMode extra)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
        }
    }

    private static void EnsureWritable(string data)
    {
        try
        {
            Directory.CreateDirectory(data);
            var probe = Path.Combine(data, ".write-test");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupProblemException(
                $"Thư mục dữ liệu {data} không ghi được ({ex.Message}). Hãy cấp quyền ghi, hoặc đặt QUYHOACH_DATA sang một thư mục có quyền ghi.", ex);
        }
    }

    public static string FindBinDir()
    {
        var configured = Environment.GetEnvironmentVariable("QUYHOACH_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new StartupProblemException(
            "Không tìm thấy máy chủ PostgreSQL (initdb, pg_ctl trong /usr/lib/postgresql/*/bin). Hãy chạy ./run (tự cài đặt), hoặc cài bằng: sudo apt-get install postgresql. Cũng có thể dùng một PostgreSQL có sẵn qua biến ConnectionStrings__QuyHoach.");
    }

    private static async Task<bool> CanTraverseAsync(string user, string folder, CancellationToken cancellationToken)
    {
        var (code, _) = await new ProcessRunner(user).RunAsync("test", ["-x", folder], cancellationToken).ConfigureAwait(false);
        return code == 0;
    }

    internal static async Task ChownAsync(string user, CancellationToken cancellationToken, params string[] paths)
    {
        var info = new ProcessStartInfo("chown") { UseShellExecute = false, RedirectStandardError = true };
        info.ArgumentList.Add("-R");
        info.ArgumentList.Add($"{user}:{user}");
        foreach (var path in paths)
        {
            info.ArgumentList.Add(path);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new StartupProblemException($"Không chuyển được quyền sở hữu thư mục cơ sở dữ liệu cho người dùng {user}: {error.Trim()}");
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
