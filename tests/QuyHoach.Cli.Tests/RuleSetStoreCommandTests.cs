using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// The CLI reads the same rule-set store as the app (R-REG-4): with <c>--connection</c> the version an administrator
/// activated decides, by its effective date (R-REG-1), and a set known only to the store is found by its id; without a
/// database the built-in sets.
/// </summary>
public sealed class RuleSetStoreCommandTests : IAsyncLifetime
{
    private const string Override = """
        { "id": "qd377", "version": "2026.9", "extends": "qd377", "citations": ["Kế hoạch 9-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy"], "quorum": { "numerator": 3, "denominator": 4 } }
        """;

    private MigratedDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await MigratedDatabase.CreateAsync("qh_cli_store");
        await using var db = new QuyHoachDbContext(new DbContextOptionsBuilder<QuyHoachDbContext>().UseNpgsql(_database.ConnectionString).Options);
        await RuleSetSeeder.SeedAsync(db, DateTimeOffset.UtcNow.AddMinutes(-1), CancellationToken.None);
        // A new version of the base set itself (stored complete, extending nothing), and a province set extending it.
        await StoreAsync(db, "qd377", Override, storedExtends: null);
        await StoreAsync(db, "qd377-tinh-muoi", Override.Replace("\"id\": \"qd377\"", "\"id\": \"qd377-tinh-muoi\"", StringComparison.Ordinal), storedExtends: "qd377");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Vote_WithConnection_UsesTheActivatedStoredVersion()
    {
        string[] vote = ["vote", "--step", "key-cadres", "--convened", "40", "--present", "29", "--agree", "A=20", "--date", "2026-01-10"];
        var (builtInExit, builtIn, _) = await CliRunner.Run(vote);
        Assert.Equal(0, builtInExit);
        Assert.Contains("\"quorumMet\":true", builtIn, StringComparison.Ordinal);
        Assert.Contains("\"ruleSet\":\"qd377@2025.1\"", builtIn, StringComparison.Ordinal);

        var (exit, stored, error) = await CliRunner.Run([.. vote, "--connection", _database.ConnectionString]);
        Assert.True(exit == 0, error);
        Assert.Contains("\"quorumMet\":false", stored, StringComparison.Ordinal);
        Assert.Contains("\"ruleSet\":\"qd377@2026.9\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleSetOption_FindsASetKnownOnlyToTheStore()
    {
        string[] vote = ["vote", "--step", "key-cadres", "--convened", "40", "--present", "29", "--agree", "A=20", "--rule-set", "qd377-tinh-muoi"];
        var (refused, _, message) = await CliRunner.Run(vote);
        Assert.Equal(2, refused);
        Assert.Contains("Bộ quy tắc không tồn tại", message, StringComparison.Ordinal);

        var (exit, output, error) = await CliRunner.Run([.. vote, "--connection", _database.ConnectionString]);
        Assert.True(exit == 0, error);
        Assert.Contains("\"ruleSet\":\"qd377-tinh-muoi@2026.9\"", output, StringComparison.Ordinal);
    }

    /// <summary>Stores and activates a version as the administrator's upload does: the override merged onto its base.</summary>
    private static async Task StoreAsync(QuyHoachDbContext db, string id, string document, string? storedExtends)
    {
        var resolved = RuleSetParser.Resolve(document, RuleSetCatalog.BuiltInJson)!;
        resolved.Remove("extends");
        var effective = RuleSetCatalog.BuiltIn.Find("qd377")!.EffectiveFrom;
        var now = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO rule_set_versions (id, rule_set_id, version, extends_id, extends_version, effective_from, document, resolved, sha256, built_in, uploaded_at, activated_at)
            VALUES ({Guid.CreateVersion7()}, {id}, {"2026.9"}, {storedExtends}, {(storedExtends is null ? null : "2025.1")}, {effective}, {document}, {resolved.ToJsonString()}, {RuleSetSeeder.Sha256(document)}, false, {now}, {now})
            """);
    }
}
