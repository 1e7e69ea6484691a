using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using QuyHoach.Data.Migrations;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// A real private cluster of the app (LocalPostgres, as <c>./run</c> starts it: its own socket, WAL archiving, the
/// owner and application roles) in a temporary data folder, migrated, with rows written as the app writes them. It
/// stays running, so the commands under test find it running; <see cref="DisposeAsync"/> stops it and removes the
/// folder with every other data folder the test made under <see cref="Folder"/>.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private PrivateCluster(string folder, LocalPostgres cluster) => (Folder, Cluster) = (folder, cluster);

    /// <summary>The temporary folder (readable by the postgres system user) holding the data folder and anything else.</summary>
    public string Folder { get; }

    public string DataFolder => Path.Combine(Folder, "primary");

    public LocalPostgres Cluster { get; }

    public string Owner => Cluster.OwnerConnectionString;

    public string App => Cluster.ConnectionString;

    /// <summary>The cluster's superuser (pg_switch_wal), as the cluster's password file gives it.</summary>
    public string Superuser => SuperuserOf(DataFolder, Cluster.ConnectionString);

    public static async Task<PrivateCluster> StartAsync(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        // The postgres system user must reach the data folders inside (as for a checkout outside /root).
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var cluster = await LocalPostgres.StartAsync(Path.Combine(folder, "primary"), NullLogger.Instance);
        await MigrationRunner.MigrateAsync(cluster.OwnerConnectionString, LocalPostgres.AppRole);
        var instance = new PrivateCluster(folder, cluster);
        await ExecuteAsync(instance.App, """
            INSERT INTO organisations (id, code, name, kind, level, created_at) VALUES
              ('00000000-0000-0000-0000-000000000001', 'SCT', 'Sở Công Thương tỉnh Nam Định', 'department', 'Province', '2026-01-05 08:00:00+07'),
              ('00000000-0000-0000-0000-000000000002', 'VP', 'Văn phòng Sở', 'office', 'Province', '2026-01-05 08:00:00+07');
            """);
        for (var i = 1; i <= 3; i++)
        {
            await ExecuteAsync(instance.App, $"INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'c{i}')");
        }

        return instance;
    }

    /// <summary>The superuser connection of the private cluster of <paramref name="dataFolder"/>, whose app connection
    /// is <paramref name="app"/> (same socket).</summary>
    public static string SuperuserOf(string dataFolder, string app) =>
        new NpgsqlConnectionStringBuilder(app)
        {
            Username = "quyhoach",
            Password = File.ReadAllText(Path.Combine(dataFolder, "postgres-password")).Trim(),
            Database = "postgres",
        }.ConnectionString;

    /// <summary>md5 of each table's rows in order, by table: equal for two databases holding the same data.</summary>
    public static async Task<SortedDictionary<string, string>> ChecksumsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var sum = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM public.\"{table}\" t", connection);
            sums[table] = (string)(await sum.ExecuteScalarAsync())!;
        }

        return sums;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>kill -9 of the postmaster and every server process of the cluster of <paramref name="dataFolder"/>
    /// (its own process group: pg_ctl starts it with setsid).</summary>
    public static async Task KillAsync(string dataFolder)
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(dataFolder, "postgres", "data", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        using (var kill = Process.Start("kill", ["-9", "--", "-" + pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        while (File.Exists($"/proc/{pid}/status") && !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal))
        {
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var data in Directory.EnumerateDirectories(Folder).Where(LocalPostgres.ExistsIn).ToList())
        {
            await PrivateClusterCopies.DiscardAsync(data);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
