using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Startup;

/// <summary>
/// The console of the real app process, as ./run shows it: the Vietnamese banner (address, demo accounts) comes
/// first, with no JSON log line or US-format date before it; the structured logs go to the data folder's logs/.
/// </summary>
public sealed class ConsoleBannerTests
{
    [Fact]
    public async Task Start_BannerFirstOnConsole_LogsInDataFolder()
    {
        var database = await TestDatabase.CreateSeededAsync();
        var data = StartupProblemsTests.TraversableTempFolder("quyhoach-banner-");
        // The port is probed free, then released for the app: another test's server may take it in between (every
        // in-process test server binds an ephemeral port), so a start refused for that is tried again on a new port.
        var (port, lines, errors) = (0, new List<string>(), "");
        try
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                port = FreePort();
                (lines, errors) = await RunUntilBannerAsync(database, data, port);
                if (lines.Count > 0 || !errors.Contains("cổng đã được một chương trình khác sử dụng", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }

        var output = string.Join('\n', lines);
        var printed = lines.Where(l => l.Trim().Length > 0).ToList();
        Assert.True(printed.Count > 0 && printed[0].StartsWith("QuyHoach đã sẵn sàng", StringComparison.Ordinal), output + "\n" + errors);
        Assert.Contains("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture), printed[0], StringComparison.Ordinal);
        Assert.Contains("chuyenvien", output, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Thu Hà", output, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith('{'));
        Assert.DoesNotMatch(new Regex(@"\b\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2}\s?(AM|PM)\b"), output);

        var logs = Directory.GetFiles(Path.Combine(data, "logs"), "quyhoach-*.log");
        var logLines = (await File.ReadAllLinesAsync(Assert.Single(logs))).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(logLines);
        Assert.All(logLines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Contains(logLines, l => l.Contains("Now listening on", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The app's console up to its last banner line (or its end), and what it wrote to standard error.</summary>
    private static async Task<(List<string> Lines, string Errors)> RunUntilBannerAsync(string database, string data, int port)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "QuyHoach.Web.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ASPNETCORE_URLS"] = "";
        info.Environment["QUYHOACH_LOG"] = "";
        info.Environment["QUYHOACH_DATA"] = data;
        info.Environment["ConnectionStrings__QuyHoach"] = database;
        info.Environment["QUYHOACH_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        var lines = new List<string>();
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("Nhấn Ctrl+C", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return (lines, await errors);
    }
}
