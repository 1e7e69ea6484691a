using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Migrations;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// <c>qh backup</c> (docs/security.md): the dump is readable by its owner only, its JSON describes it, and the
/// restore procedure of docs/operations.md ("Khôi phục") brings back a database whose audit log verifies against the
/// head recorded at backup time. The database belongs to the owner role and the app role writes the log, as in
/// production.
/// </summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private const string Owner = "quyhoach_owner";
    private const string AppRole = "quyhoach_app";
    private readonly string _source = $"qh_cli_backup_{Guid.NewGuid():N}";
    private readonly string _restored = $"qh_cli_restored_{Guid.NewGuid():N}";
    private readonly string _folder = Directory.CreateTempSubdirectory("qh-backup-").FullName;

    private static string Admin => Environment.GetEnvironmentVariable("QUYHOACH_TEST_PG")
        ?? throw new InvalidOperationException("QUYHOACH_TEST_PG is not set: run the tests with ./test.");

    public async Task InitializeAsync()
    {
        await AdminAsync($"""
            DO $$ BEGIN CREATE ROLE {Owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            DO $$ BEGIN CREATE ROLE {AppRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            """);
        await AdminAsync($"CREATE DATABASE {_source} OWNER {Owner} TEMPLATE template0 ENCODING 'UTF8'");
        await MigrationRunner.MigrateAsync(As(_source, Owner), AppRole);
        await using var app = new NpgsqlConnection(As(_source, AppRole));
        await app.OpenAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('quantri', 'cadre.viewed', 'cadre', 'c1')", app);
            await insert.ExecuteNonQueryAsync();
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {_source} WITH (FORCE)");
        await AdminAsync($"DROP DATABASE IF EXISTS {_restored} WITH (FORCE)");
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Backup_WritesAnOwnerOnlyFileDescribedByItsJson()
    {
        var file = Path.Combine(_folder, "quyhoach.dump");

        var (code, output, error) = await CliRunner.Run("backup", "--out", file, "--connection", As(_source, Owner));

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["file", "bytes", "sha256", "auditHead"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(file, root.GetProperty("file").GetString());
        Assert.Equal(new FileInfo(file).Length, root.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))), root.GetProperty("sha256").GetString());
        Assert.Equal("PGDMP", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(file))[..5]));
        var head = (await CliRunner.Run("audit", "head", "--connection", As(_source, Owner))).Out;
        Assert.Equal(JsonDocument.Parse(head).RootElement.GetProperty("head").GetString(), root.GetProperty("auditHead").GetString());
        Assert.EndsWith(":3", root.GetProperty("auditHead").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_FileAlreadyThere_RefusedAndLeftAlone()
    {
        var file = Path.Combine(_folder, "existing.dump");
        await File.WriteAllTextAsync(file, "keep me");

        var (code, output, error) = await CliRunner.Run("backup", "--out", file, "--connection", As(_source, Owner));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("đã có", error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task RestoreAsDocumented_IntoAnEmptyDatabase_AuditLogVerifiesAgainstTheBackupHead()
    {
        var file = Path.Combine(_folder, "restore.dump");
        var backup = JsonDocument.Parse((await CliRunner.Run("backup", "--out", file, "--connection", As(_source, Owner))).Out).RootElement;
        var auditHead = backup.GetProperty("auditHead").GetString()!;

        // docs/operations.md, "Khôi phục": 1. an empty database of the owner role; 2. pg_restore as the owner role.
        await AdminAsync($"CREATE DATABASE {_restored} OWNER {Owner} TEMPLATE template0 ENCODING 'UTF8'");
        var host = new NpgsqlConnectionStringBuilder(Admin).Host!;
        var (restoreCode, restoreOutput) = await RunAsync(LocalPostgres.ToolPath("pg_restore"),
            "--no-owner", "--no-privileges", "--exit-on-error", "-h", host, "-U", Owner, "-d", _restored, file);
        Assert.True(restoreCode == 0, restoreOutput);

        // 3. qh db migrate: nothing left to apply; 4. qh audit verify --head with the head recorded at backup time.
        Assert.Equal("{\"applied\":[],\"upToDate\":true}", (await CliRunner.Run("db", "migrate", "--connection", As(_restored, Owner))).Out);
        var (code, output, error) = await CliRunner.Run("audit", "verify", "--head", auditHead, "--connection", As(_restored, Owner));
        Assert.Equal((0, ""), (code, error));
        Assert.Equal("{\"valid\":true,\"records\":3,\"headMatches\":true}", output);
        Assert.Equal(await ScalarAsync(As(_source, Owner), "SELECT string_agg(hash, ',' ORDER BY id) FROM audit_events"),
            await ScalarAsync(As(_restored, Owner), "SELECT string_agg(hash, ',' ORDER BY id) FROM audit_events"));
    }

    private static string As(string database, string role) =>
        new NpgsqlConnectionStringBuilder(Admin) { Database = database, Username = role }.ConnectionString;

    private static async Task<(int Code, string Output)> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
