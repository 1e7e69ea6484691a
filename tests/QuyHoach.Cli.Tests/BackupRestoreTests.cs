using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Cli.Tests;

/// <summary>One running private cluster (the source) shared by the tests of <see cref="BackupRestoreTests"/>.</summary>
public sealed class SourceCluster : IAsyncLifetime
{
    private PrivateCluster? _cluster;

    public PrivateCluster Value => _cluster ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _cluster = await PrivateCluster.StartAsync("qh-restore-");

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>
/// <c>qh backup</c> → <c>qh restore</c> between real private clusters: the restored database holds the same rows in
/// every table and an audit chain that verifies against the head recorded in the backup; a target that holds data is
/// refused and left as it was; an encrypted backup needs its passphrase; a base backup and the WAL archive restore to
/// a moment between two writes.
/// </summary>
public sealed class BackupRestoreTests(SourceCluster source) : IClassFixture<SourceCluster>
{
    private PrivateCluster Source => source.Value;

    private string In(string name) => Path.Combine(Source.Folder, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task BackupThenRestore_IntoAFreshCluster_SameTableChecksumsAndAValidAuditChain()
    {
        var file = In("quyhoach") + ".dump";
        var (code, output, error) = await CliRunner.Run("backup", "--out", file, "--data", Source.DataFolder);
        Assert.Equal((0, ""), (code, error));
        var head = JsonDocument.Parse(output).RootElement.GetProperty("auditHead").GetString()!;
        var expected = await PrivateCluster.ChecksumsAsync(Source.Owner);

        var fresh = In("fresh");
        (code, output, error) = await CliRunner.Run("restore", "--from", file, "--data", fresh);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal($"{{\"restored\":true,\"tables\":{expected.Count},\"rows\":{expected.Values.Sum(v => long.Parse(v.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture))},\"auditValid\":true}}", output);
        await using var restored = await LocalPostgres.StartAsync(fresh, NullLogger.Instance);
        Assert.Equal(expected, await PrivateCluster.ChecksumsAsync(restored.OwnerConnectionString));
        Assert.Equal(2L, await PrivateCluster.ScalarAsync<long>(restored.ConnectionString, "SELECT count(*) FROM organisations WHERE name LIKE 'Sở Công Thương%' OR name = 'Văn phòng Sở'"));
        (code, output, _) = await CliRunner.Run("audit", "verify", "--head", head, "--connection", restored.OwnerConnectionString);
        Assert.Equal(0, code);
        Assert.Contains("\"headMatches\":true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_RecordedInTheDataFolder_ForTheHealthPage()
    {
        var file = In("recorded") + ".dump";
        var (code, output, error) = await CliRunner.Run("backup", "--out", file, "--data", Source.DataFolder);

        Assert.Equal((0, ""), (code, error));
        var json = JsonDocument.Parse(output).RootElement;
        var recorded = await LastBackup.ReadAsync(Source.DataFolder, CancellationToken.None);
        Assert.NotNull(recorded);
        Assert.Equal(("dump", file, json.GetProperty("bytes").GetInt64(), json.GetProperty("auditHead").GetString()), (recorded.Kind, recorded.Target, recorded.Bytes, recorded.AuditHead));
        Assert.InRange(DateTimeOffset.UtcNow - recorded.TakenAt, TimeSpan.Zero, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Restore_IntoANonEmptyTarget_RefusedAndNothingChanged()
    {
        var file = In("quyhoach") + ".dump";
        Assert.Equal(0, (await CliRunner.Run("backup", "--out", file, "--data", Source.DataFolder)).Exit);
        await PrivateCluster.ExecuteAsync(Source.App, "INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'after-backup')");
        var before = await PrivateCluster.ChecksumsAsync(Source.Owner);

        var (code, output, error) = await CliRunner.Run("restore", "--from", file, "--data", Source.DataFolder);

        Assert.Equal((1, ""), (code, output));
        Assert.Contains("CSDL đích không trống", error, StringComparison.Ordinal);
        Assert.Contains("Không có gì bị thay đổi", error, StringComparison.Ordinal);
        Assert.Equal(before, await PrivateCluster.ChecksumsAsync(Source.Owner));
    }

    [Fact]
    public async Task EncryptedBackup_RestoresWithTheRightPassphrase_RefusedWithAWrongOne()
    {
        var file = In("quyhoach") + ".dump.enc";
        var right = In("right");
        var wrong = In("wrong");
        await File.WriteAllTextAsync(right, "mật khẩu sao lưu đủ dài 2026\n");
        await File.WriteAllTextAsync(wrong, "mật khẩu sao lưu đủ dài 2025\n");
        var (code, _, error) = await CliRunner.Run("backup", "--out", file, "--data", Source.DataFolder, "--passphrase-file", right);
        Assert.Equal((0, ""), (code, error));
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal("QHBAK-E1", Encoding.ASCII.GetString(bytes[..8]));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("PGDMP"u8));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        var target = In("encrypted");
        string output;
        (code, output, error) = await CliRunner.Run("restore", "--from", file, "--data", target, "--passphrase-file", wrong);
        Assert.Equal((1, ""), (code, output));
        Assert.Contains("Mật khẩu không đúng", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));

        // One byte changed near the end: refused before anything is restored.
        var tampered = In("tampered") + ".dump.enc";
        bytes[^40] ^= 1;
        await File.WriteAllBytesAsync(tampered, bytes);
        (code, output, error) = await CliRunner.Run("restore", "--from", tampered, "--data", target, "--passphrase-file", right);
        Assert.Equal((1, ""), (code, output));
        Assert.Contains("bị hỏng hoặc bị sửa", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));

        var expected = await PrivateCluster.ChecksumsAsync(Source.Owner);
        await PrivateCluster.ExecuteAsync(Source.Superuser, $"CREATE DATABASE encrypted_restore OWNER {LocalPostgres.OwnerRole} TEMPLATE template0 ENCODING 'UTF8'");
        var empty = new Npgsql.NpgsqlConnectionStringBuilder(Source.Owner) { Database = "encrypted_restore" }.ConnectionString;
        (code, output, error) = await CliRunner.Run("restore", "--from", file, "--connection", empty, "--passphrase-file", right);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\"auditValid\":true", output, StringComparison.Ordinal);
        Assert.Equal(expected, await PrivateCluster.ChecksumsAsync(empty));
    }

    [Fact]
    public async Task PointInTimeRestore_ToAMomentBetweenTwoWrites_KeepsTheFirstNotTheSecond()
    {
        var baseDir = In("base");
        var (code, _, error) = await CliRunner.Run("backup", "--base", "--out", baseDir, "--data", Source.DataFolder);
        Assert.Equal((0, ""), (code, error));

        await PrivateCluster.ExecuteAsync(Source.App, "INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'pitr-first')");
        var first = await PrivateCluster.ScalarAsync<DateTime>(Source.App, "SELECT clock_timestamp()");
        // The moment: the first whole second after the first write; the second write comes after it.
        var moment = new DateTimeOffset(first.Ticks - (first.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
        while (await PrivateCluster.ScalarAsync<DateTime>(Source.App, "SELECT clock_timestamp()") < moment.UtcDateTime.AddMilliseconds(50))
        {
            await Task.Delay(50);
        }

        await PrivateCluster.ExecuteAsync(Source.App, "INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'pitr-second')");
        await ArchiveCurrentSegmentAsync();

        var target = In("pitr");
        var until = TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.Local).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        string output;
        (code, output, error) = await CliRunner.Run("restore", "--from", baseDir, "--data", target, "--until", until);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\"auditValid\":true", output, StringComparison.Ordinal);
        await using var restored = await LocalPostgres.StartAsync(target, NullLogger.Instance);
        Assert.Equal(1L, await PrivateCluster.ScalarAsync<long>(restored.ConnectionString, "SELECT count(*) FROM audit_events WHERE entity_id = 'pitr-first'"));
        Assert.Equal(0L, await PrivateCluster.ScalarAsync<long>(restored.ConnectionString, "SELECT count(*) FROM audit_events WHERE entity_id = 'pitr-second'"));
        // A primary again: it takes writes.
        await PrivateCluster.ExecuteAsync(restored.ConnectionString, "INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'after-restore')");
    }

    [Fact]
    public async Task PointInTimeRestore_IntoAFolderThatHoldsACluster_RefusedAndNothingChanged()
    {
        var baseDir = In("base");
        Assert.Equal(0, (await CliRunner.Run("backup", "--base", "--out", baseDir, "--data", Source.DataFolder)).Exit);
        var before = await PrivateCluster.ChecksumsAsync(Source.Owner);

        var (code, output, error) = await CliRunner.Run("restore", "--from", baseDir, "--data", Source.DataFolder);

        Assert.Equal((1, ""), (code, output));
        Assert.Contains("đã có cơ sở dữ liệu", error, StringComparison.Ordinal);
        Assert.Equal(before, await PrivateCluster.ChecksumsAsync(Source.Owner));
    }

    /// <summary>Closes the current WAL segment and waits until the archive holds it.</summary>
    private async Task ArchiveCurrentSegmentAsync()
    {
        var segment = await PrivateCluster.ScalarAsync<string>(Source.Superuser, "SELECT pg_walfile_name(pg_switch_wal())");
        var archived = Path.Combine(Source.Cluster.WalArchiveDir, segment + ".gz");
        for (var i = 0; i < 300 && !File.Exists(archived); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(File.Exists(archived), $"{segment} chưa được lưu vào kho WAL");
    }
}
