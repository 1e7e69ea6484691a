using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// <c>qh standby init</c> / <c>qh standby promote</c> with real clusters: the standby receives a write within a
/// second, and after the primary is killed with -9 and the standby promoted, the app's connection to it finds every
/// write the primary acknowledged.
/// </summary>
public sealed class StandbyTests : IAsyncLifetime
{
    private PrivateCluster? _primary;

    private PrivateCluster Primary => _primary ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _primary = await PrivateCluster.StartAsync("qh-standby-");

    public async Task DisposeAsync()
    {
        if (_primary is not null)
        {
            await _primary.DisposeAsync();
        }
    }

    [Fact]
    public async Task Standby_ReceivesAWriteWithinASecond_AndPromotedAfterKill9_HoldsEveryAcknowledgedWrite()
    {
        var data = Path.Combine(Primary.Folder, "standby");
        var (code, output, error) = await CliRunner.Run("standby", "init", "--data", data, "--from-data", Primary.DataFolder);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"{{\"standby\":\"{data}\",\"primary\":\"{Primary.DataFolder}\",\"synchronous\":true,\"streaming\":true}}", output);
        var standby = await LocalPostgres.StartAsync(data, NullLogger.Instance);
        Assert.False(standby.Owned);

        await Insert(Primary.App, "streamed");
        var clock = Stopwatch.StartNew();
        while (await PrivateCluster.ScalarAsync<long>(standby.ConnectionString, "SELECT count(*) FROM audit_events WHERE entity_id = 'streamed'") == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "bản dự phòng chưa nhận được bản ghi sau 1 giây");
            await Task.Delay(10);
        }

        (code, output, error) = await CliRunner.Run("standby", "status", "--data", data);
        Assert.Equal((0, ""), (code, error));
        Assert.StartsWith("{\"standby\":true,\"receiving\":true,\"replayLagBytes\":", output, StringComparison.Ordinal);
        (code, output, _) = await CliRunner.Run("standby", "status", "--data", Primary.DataFolder);
        Assert.Equal(0, code);
        Assert.StartsWith("{\"standby\":false,\"standbys\":[{\"name\":\"quyhoach_standby\",\"state\":\"streaming\",\"synchronous\":true,\"lagBytes\":", output, StringComparison.Ordinal);

        // A writer keeps writing; every insert whose commit returned is acknowledged. The primary dies mid-stream.
        var acknowledged = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(Primary.App);
            await connection.OpenAsync();
            for (var i = 0; ; i++)
            {
                try
                {
                    await using var insert = new NpgsqlCommand($"INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'w{i}')", connection);
                    await insert.ExecuteNonQueryAsync();
                    acknowledged.Enqueue($"w{i}");
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
                {
                    return;
                }
            }
        });
        while (acknowledged.Count < 20)
        {
            await Task.Delay(10);
        }

        await PrivateCluster.KillAsync(Primary.DataFolder);
        Assert.True(await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(30))) == writer, "tiến trình ghi không dừng sau khi máy chính bị tắt");

        (code, output, error) = await CliRunner.Run("standby", "promote", "--data", data);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\"promoted\":true", output, StringComparison.Ordinal);
        Assert.Contains("\"auditValid\":true", output, StringComparison.Ordinal);
        // The app pointed at the promoted standby's data folder: every acknowledged write is there, and it takes writes.
        NpgsqlConnection.ClearAllPools();
        var app = await LocalPostgres.StartAsync(data, NullLogger.Instance);
        var present = new HashSet<string>();
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var select = new NpgsqlCommand("SELECT entity_id FROM audit_events", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                present.Add(reader.GetString(0));
            }
        }

        var lost = acknowledged.Except(present).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged writes lost: {string.Join(',', lost)}");
        await Insert(app.ConnectionString, "after-failover");
    }

    private static Task Insert(string connectionString, string id) =>
        PrivateCluster.ExecuteAsync(connectionString, $"INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', '{id}')");
}
