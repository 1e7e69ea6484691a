using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Operations;

/// <summary>
/// scripts/reference-deployment.sh run as an operator runs it: nginx with a self-signed certificate in a private
/// folder, and two real app processes (the built QuyHoach.Web.dll) over one test database.
/// </summary>
internal sealed class ReferenceDeployment : IAsyncDisposable
{
    private readonly string _database;
    private readonly Dictionary<string, string> _environment;

    private ReferenceDeployment(string database, string folder, int httpsPort, int[] instancePorts)
    {
        _database = database;
        Folder = folder;
        InstancePorts = instancePorts;
        BaseAddress = new Uri($"https://127.0.0.1:{httpsPort}/");
        _environment = new()
        {
            ["QUYHOACH_DATA"] = Path.Combine(folder, "data"),
            ["QH_DEPLOY_DIR"] = Path.Combine(folder, "deployment"),
            ["QH_HTTPS_PORT"] = httpsPort.ToString(CultureInfo.InvariantCulture),
            ["QH_LISTEN"] = "127.0.0.1",
            ["QH_SERVER_NAME"] = "localhost",
            ["QH_INSTANCE_PORTS"] = string.Join(' ', instancePorts),
            ["QH_APP_DLL"] = Path.Combine(AppContext.BaseDirectory, "QuyHoach.Web.dll"),
            ["ConnectionStrings__QuyHoach"] = TestDatabase.AsApp(database),
            ["ConnectionStrings__QuyHoachMigrations"] = TestDatabase.AsOwner(database),
            // As in production: no demo accounts printed with their password on the console (the database is seeded).
            ["QuyHoach__SeedDemo"] = "false",
        };
    }

    public string Folder { get; }

    /// <summary>The database, as the test cluster's administrator.</summary>
    public string DatabaseConnectionString => _database;

    public string DeployFolder => _environment["QH_DEPLOY_DIR"];

    public Uri BaseAddress { get; }

    public IReadOnlyList<int> InstancePorts { get; }

    /// <summary>A deployment over a new copy of the demo database, started.</summary>
    public static async Task<ReferenceDeployment> StartAsync()
    {
        var database = await TestDatabase.CreateSeededAsync();
        var deployment = new ReferenceDeployment(database, Directory.CreateTempSubdirectory("quyhoach-deployment-").FullName, FreePort(), [FreePort(), FreePort()]);
        await deployment.RunScriptAsync("start");
        return deployment;
    }

    /// <summary>Runs <c>scripts/reference-deployment.sh <paramref name="command"/></c>; fails the test when it fails.</summary>
    public async Task RunScriptAsync(string command)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "reference-deployment.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in _environment)
        {
            info.Environment[name] = value;
        }

        info.Environment.Remove("ASPNETCORE_URLS");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"reference-deployment.sh {command}: {process.ExitCode}\n{await output}\n{await error}\n{Logs()}");
    }

    /// <summary>Kills instance <paramref name="number"/> (1-based) with SIGKILL and waits until it is gone.</summary>
    public async Task KillInstanceAsync(int number)
    {
        var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(DeployFolder, $"instance-{number}.pid"))).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill(); // SIGKILL: no shutdown, no flush, as a crash or kill -9.
        await process.WaitForExitAsync();
    }

    /// <summary>A client that trusts exactly the deployment's generated certificate and keeps cookies.</summary>
    public HttpClient CreateClient(CookieContainer cookies)
    {
        var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(DeployFolder, "tls", "cert.pem")));
        var handler = new HttpClientHandler
        {
            CookieContainer = cookies,
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.Thumbprint == certificate.Thumbprint,
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Every instance's console log (JSON lines: QUYHOACH_LOG=console).</summary>
    public string Logs() => string.Join('\n', Directory.Exists(DeployFolder)
        ? Directory.GetFiles(DeployFolder, "instance-*.log").Select(File.ReadAllText)
        : []);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunScriptAsync("stop");
        }
        finally
        {
            await TestDatabase.DropAsync(_database);
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "reference-deployment.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("scripts/reference-deployment.sh not found above " + AppContext.BaseDirectory);
    }
}
