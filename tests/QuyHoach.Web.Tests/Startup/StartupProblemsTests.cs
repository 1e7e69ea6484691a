using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Startup;

/// <summary>
/// Problems a person can fix end the real app process with one Vietnamese line and exit code 1, not a stack trace.
/// The app is started as its own process (the built QuyHoach.Web.dll), as ./run does.
/// </summary>
public sealed class StartupProblemsTests
{
    [Fact]
    public async Task UnreachableDatabase_OneLineNamingTheDatabase()
    {
        var (code, stderr) = await RunAppAsync(new()
        {
            ["ConnectionStrings__QuyHoach"] = "Host=127.0.0.1;Port=1;Username=x;Password=x;Database=quyhoach;Timeout=3",
        });
        AssertOneClearLine(code, stderr, "Không kết nối được cơ sở dữ liệu PostgreSQL tại 127.0.0.1:1");
    }

    [Fact]
    public async Task PortInUse_OneLineSayingWhatToDo()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var database = await TestDatabase.CreateSeededAsync();
        try
        {
            var (code, stderr) = await RunAppAsync(new()
            {
                ["ConnectionStrings__QuyHoach"] = database,
                ["QUYHOACH_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            AssertOneClearLine(code, stderr, "cổng đã được một chương trình khác sử dụng");
            Assert.Contains("QUYHOACH_PORT", stderr, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task SuperuserConnectionWithoutOwnerRole_WarnsInVietnameseInTheLog()
    {
        // The test cluster's administrator is a superuser. The port is taken so that the app stops on its own right
        // after the database startup that logs the warning.
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var database = await TestDatabase.CreateSeededAsync();
        try
        {
            var data = TraversableTempFolder("quyhoach-superuser-");
            var (_, stdout, _) = await RunAppWithOutputAsync(new()
            {
                ["ConnectionStrings__QuyHoach"] = database,
                ["QUYHOACH_DATA"] = data,
                ["QUYHOACH_PORT"] = ((IPEndPoint)blocker.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

            // The warning is a log line: in the log file under the data folder, not on the console.
            var log = string.Concat(Directory.GetFiles(Path.Combine(data, "logs"), "*.log").Select(File.ReadAllText));
            Assert.Contains("có quyền SUPERUSER", log, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__QuyHoachMigrations", log, StringComparison.Ordinal);
            Assert.DoesNotContain("SUPERUSER", stdout, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task UnwritableDataFolder_OneLineNamingTheFolder()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (code, stderr) = await RunAppAsync(new() { ["QUYHOACH_DATA"] = Path.Combine(file, "data") });
            AssertOneClearLine(code, stderr, "không ghi được");
            Assert.Contains(file, stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task CorruptPrivateCluster_OneLineSayingHowToRecover()
    {
        var data = TraversableTempFolder("quyhoach-corrupt-");
        try
        {
            Directory.CreateDirectory(Path.Combine(data, "postgres", "data"));
            await File.WriteAllTextAsync(Path.Combine(data, "postgres", "data", "base"), "not a cluster");
            var (code, stderr) = await RunAppAsync(new() { ["QUYHOACH_DATA"] = data });
            AssertOneClearLine(code, stderr, "không phải một cụm PostgreSQL hợp lệ");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void AssertOneClearLine(int exitCode, string stderr, string expected)
    {
        Assert.Equal(1, exitCode);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("LỖI KHỞI ĐỘNG:", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>A temp folder like a normal checkout: others may traverse it (the postgres user must, under root).</summary>
    internal static string TraversableTempFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        return folder;
    }

    internal static async Task<(int ExitCode, string Stderr)> RunAppAsync(Dictionary<string, string> environment)
    {
        var (code, _, stderr) = await RunAppWithOutputAsync(environment);
        return (code, stderr);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAppWithOutputAsync(Dictionary<string, string> environment)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "QuyHoach.Web.dll");
        var info = new ProcessStartInfo("dotnet", [app])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment.Remove("ConnectionStrings__QuyHoach");
        info.Environment["ASPNETCORE_URLS"] = "";
        info.Environment["QUYHOACH_DATA"] = TraversableTempFolder("quyhoach-startup-");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app did not stop on its own within 60 s. Stdout:\n" + await stdout);
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
