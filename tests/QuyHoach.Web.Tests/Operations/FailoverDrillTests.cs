extern alias qhcli;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Postgres;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Registry;

namespace QuyHoach.Web.Tests.Operations;

/// <summary>
/// The failover drill of docs/operations-deployment.md through the app: the app runs on a private cluster with a
/// synchronous standby (<c>qh standby init</c>) and takes new cadres through its API; the primary is killed with -9
/// mid-stream, the standby promoted (<c>qh standby promote</c>), the app restarted with the standby's connection
/// string, and every cadre whose creation the app acknowledged (201) is there, read through the app, which takes
/// writes again.
/// </summary>
public sealed class FailoverDrillTests
{
    [Fact]
    public async Task AppWritesThroughApi_PrimaryKilled9_StandbyPromoted_AppRestartedOnIt_EveryAcknowledgedWriteIsThere()
    {
        var folder = Directory.CreateTempSubdirectory("quyhoach-failover-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101); // the postgres system user reaches the data folders
        var (primaryData, standbyData) = (Path.Combine(folder, "primary"), Path.Combine(folder, "standby"));
        try
        {
            var primary = await LocalPostgres.StartAsync(primaryData, NullLogger.Instance);
            var acknowledged = new List<(string Code, string Location)>();
            await using (var app = new QuyHoachAppFactory(primary.OwnerConnectionString, settings: Pointing(primary)))
            {
                var staff = await app.SignInAsAsync(AppRoles.Staff); // the app migrated and seeded the demo first
                var (code, output, error) = await Cli("standby", "init", "--data", standbyData, "--from-data", primaryData);
                Assert.True(code == 0, output + error);
                Assert.Contains("\"synchronous\":true", output, StringComparison.Ordinal);

                var template = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(app, "DRILL-0000"));
                using var stop = new CancellationTokenSource();
                var writer = Task.Run(async () =>
                {
                    for (var i = 1; ; i++)
                    {
                        var body = new Dictionary<string, string>(template) { ["code"] = $"DRILL-{i:D4}" };
                        try
                        {
                            var response = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
                            if (response.StatusCode != HttpStatusCode.Created)
                            {
                                return; // the primary is gone: this write was not acknowledged
                            }

                            lock (acknowledged)
                            {
                                acknowledged.Add((body["code"], response.Headers.Location!.OriginalString));
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
                        {
                            return;
                        }
                    }
                });
                var clock = Stopwatch.StartNew();
                while (Count(acknowledged) < 10)
                {
                    Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2) && !writer.IsCompleted, $"{Count(acknowledged)} cadres written");
                    await Task.Delay(20);
                }

                await KillAsync(Path.Combine(primaryData, "postgres", "data"));
                Assert.True(await Task.WhenAny(writer, Task.Delay(TimeSpan.FromMinutes(2))) == writer, "the app kept answering 201 with its primary killed");
            }

            var (promoted, promotion, promoteError) = await Cli("standby", "promote", "--data", standbyData);
            Assert.True(promoted == 0, promotion + promoteError);
            Assert.Contains("\"auditValid\":true", promotion, StringComparison.Ordinal);

            // The app restarted with the promoted standby's connection strings.
            var standby = await LocalPostgres.StartAsync(standbyData, NullLogger.Instance);
            await using (var app = new QuyHoachAppFactory(standby.OwnerConnectionString, settings: Pointing(standby)))
            {
                var staff = await app.SignInAsAsync(AppRoles.Staff);
                var lost = new List<string>();
                foreach (var (code, location) in acknowledged)
                {
                    var read = await staff.GetAsync(new Uri(location, UriKind.Relative));
                    if (read.StatusCode != HttpStatusCode.OK
                        || JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString() != code)
                    {
                        lost.Add(code);
                    }
                }

                Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged cadres lost: {string.Join(',', lost)}");
                var body = new Dictionary<string, string>(RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(app, "DRILL-AFTER")));
                var after = await RegistryRequests.SendJsonAsync(staff, HttpMethod.Post, "/api/v1/cadres", body);
                Assert.True(after.StatusCode == HttpStatusCode.Created, await RegistryRequests.BodyOf(after));
            }
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            foreach (var data in new[] { standbyData, primaryData }.Where(LocalPostgres.ExistsIn))
            {
                await PrivateClusterCopies.DiscardAsync(data);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The app's settings for the private cluster <paramref name="cluster"/>: its own role, migrations as the owner.</summary>
    private static Dictionary<string, string?> Pointing(LocalPostgres cluster) => new()
    {
        ["ConnectionStrings:QuyHoach"] = cluster.ConnectionString,
        ["ConnectionStrings:QuyHoachMigrations"] = cluster.OwnerConnectionString,
        ["QuyHoach:DemoRoundInProgress"] = "false",
    };

    private static int Count(List<(string, string)> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static async Task<(int Code, string Out, string Err)> Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await qhcli::QuyHoach.Cli.Infrastructure.CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>kill -9 of the postmaster and every server process of the cluster in <paramref name="clusterDir"/>
    /// (its own process group: pg_ctl starts it with setsid), then waits until the postmaster is gone.</summary>
    private static async Task KillAsync(string clusterDir)
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(clusterDir, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        using (var kill = Process.Start("kill", ["-9", "--", "-" + pid.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        while (File.Exists($"/proc/{pid}/status") && !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal))
        {
            await Task.Delay(20);
        }
    }
}
