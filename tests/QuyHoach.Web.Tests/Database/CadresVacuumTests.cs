using Npgsql;

namespace QuyHoach.Web.Tests.Database;

/// <summary>
/// Migration 0040: autovacuum visits the cadres after a hundredth of their rows were inserted (an import) or a fiftieth
/// changed, not a fifth, so the registry list's name-order walk stays index-only (its pages all-visible) soon after an
/// import at national size instead of after 220,000 more rows (bench/README.md, 5 December).
/// </summary>
public sealed class CadresVacuumTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Cadres_AreVacuumedAfterAHundredthInserted_OrAFiftiethChanged()
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(reloptions, '{}') FROM pg_class WHERE oid = 'cadres'::regclass", connection);
        var options = (string[])(await command.ExecuteScalarAsync())!;
        Assert.Equal(
            ["autovacuum_analyze_scale_factor=0.02", "autovacuum_vacuum_insert_scale_factor=0.01", "autovacuum_vacuum_scale_factor=0.02"],
            options.Order(StringComparer.Ordinal));
    }
}
