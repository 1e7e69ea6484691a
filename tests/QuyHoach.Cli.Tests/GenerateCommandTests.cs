namespace QuyHoach.Cli.Tests;

/// <summary><c>qh generate</c>: a small slice of the national registry, checked for counts and invariants.</summary>
public sealed class GenerateCommandTests : IAsyncLifetime
{
    private MigratedDatabase _db = null!;

    public async Task InitializeAsync() => _db = await MigratedDatabase.CreateAsync("qh_generate");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Generate_2000Cadres_CountsAndInvariantsHold()
    {
        var (code, output, error) = await CliRunner.Run("generate", "--cadres", "2000", "--seed", "7", "--connection", _db.ConnectionString);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\"cadres\":2000", output, StringComparison.Ordinal);

        Assert.Equal(2000L, await _db.ScalarAsync<long>("SELECT count(*) FROM cadres"));
        Assert.Equal(34L, await _db.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE kind = 'Province'"));
        Assert.Equal(3321L, await _db.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE kind = 'Commune'"));
        // Every cadre is in a unit and holds exactly one current title; names carry diacritics.
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM cadres c LEFT JOIN organisations o ON o.id = c.organisation_id WHERE o.id IS NULL OR o.kind NOT IN ('Division', 'Commune')"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM cadres c WHERE (SELECT count(*) FROM assignments a WHERE a.cadre_id = c.id AND (a.\"to\" IS NULL OR a.\"to\" = c.transferred_out_on)) <> 1"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM cadres WHERE full_name <> search_name") > 1900);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM cadres WHERE full_name LIKE 'Nguyễn %'") is > 600 and < 900);
        // Dates follow the birth year: work starts at 23 or later, no earlier post ends after the next begins, nothing after 2025.
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM assignments a JOIN cadres c ON c.id = a.cadre_id WHERE extract(year FROM a.\"from\") < c.birth_year + 23 OR a.\"from\" > DATE '2025-12-31'"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM assignments a JOIN assignments b ON a.cadre_id = b.cadre_id AND a.id <> b.id AND a.\"from\" < b.\"from\" WHERE a.\"to\" IS NULL OR a.\"to\" >= b.\"from\""));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM evaluation_records e JOIN cadres c ON c.id = e.cadre_id WHERE e.year > 2025 OR e.year < c.birth_year + 23"));
        // Every plan is for a title one rung above the cadre's current one, in the cadre's province.
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM plan_entries") > 0);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM plan_entries p JOIN assignments a ON a.cadre_id = p.cadre_id AND a.\"to\" IS NULL JOIN titles held ON held.id = a.title_id JOIN titles planned ON planned.id = p.title_id WHERE planned.rank <= held.rank OR planned.organisation_id <> p.organisation_id"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM evaluation_records") >= 2000);
    }

    [Fact]
    public async Task Generate_SameSeed_SameRowsAndSecondRunRefused()
    {
        await using var other = await MigratedDatabase.CreateAsync("qh_generate");
        Assert.Equal(0, (await CliRunner.Run("generate", "--cadres", "300", "--seed", "11", "--connection", _db.ConnectionString)).Exit);
        Assert.Equal(0, (await CliRunner.Run("generate", "--cadres", "300", "--seed", "11", "--connection", other.ConnectionString)).Exit);
        const string digest = "SELECT md5(string_agg(id::text || full_name || birth_year || organisation_id::text, ',' ORDER BY code)) FROM cadres";
        Assert.Equal(await _db.ScalarAsync<string>(digest), await other.ScalarAsync<string>(digest));

        var (code, _, error) = await CliRunner.Run("generate", "--cadres", "300", "--seed", "11", "--connection", _db.ConnectionString);
        Assert.Equal(1, code);
        Assert.Contains("hạt giống 11", error, StringComparison.Ordinal);
    }
}
