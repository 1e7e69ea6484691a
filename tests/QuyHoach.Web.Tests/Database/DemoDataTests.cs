using Npgsql;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Database;

/// <summary>The demo of ./run is the department of seed 001 (Kế hoạch 331/KH-SCT).</summary>
public sealed class DemoDataTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestDatabase.CreateSeededAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_connectionString);

    [Fact]
    public async Task SourceGroups_AsInSeed001_WithTwoTermsForDoiTuong2()
    {
        var rows = await QueryAsync("""
            SELECT t.code, g.number, s.code, coalesce(g.minimum_months, 0)
            FROM title_source_groups g
            JOIN titles t ON t.id = g.title_id
            JOIN title_source_group_members m ON m.source_group_id = g.id
            JOIN titles s ON s.id = m.source_title_id
            ORDER BY t.rank DESC, g.number
            """);
        Assert.Equal(
            [
                "SCT-GD 1 SCT-PGD 0", "SCT-GD 2 SCT-TP 120",
                "SCT-PGD 1 SCT-TP 0", "SCT-PGD 2 SCT-PP 120",
                "SCT-TP 1 SCT-PP 0", "SCT-TP 2 SCT-CV 120",
                "SCT-PP 1 SCT-CV 0",
            ],
            rows.Select(r => string.Join(' ', r)));
    }

    [Fact]
    public async Task Cadres_SixtyWithEveryCurrentTitleAndVariedProfiles()
    {
        var titles = await QueryAsync("SELECT t.code, count(*) FROM assignments a JOIN titles t ON t.id = a.title_id WHERE a.\"to\" IS NULL GROUP BY t.code ORDER BY t.code");
        Assert.Equal(["SCT-CV 36", "SCT-GD 1", "SCT-PGD 3", "SCT-PP 12", "SCT-TP 8"], titles.Select(r => string.Join(' ', r)));
        Assert.True(long.Parse((await QueryAsync("SELECT count(*) FROM cadres WHERE sex = 'Female'"))[0][0], System.Globalization.CultureInfo.InvariantCulture) >= 15);
        Assert.NotEmpty(await QueryAsync("SELECT 1 FROM cadres WHERE ethnicity <> 'Kinh'"));
        Assert.NotEmpty(await QueryAsync("SELECT 1 FROM discipline_entries WHERE complaint_pending"));
        Assert.NotEmpty(await QueryAsync("SELECT 1 FROM evaluation_records WHERE rating = 'Failed'"));
        Assert.NotEmpty(await QueryAsync("SELECT 1 FROM political_theory_records WHERE studying"));
        Assert.NotEmpty(await QueryAsync("SELECT 1 FROM political_standard_conclusions WHERE NOT met"));
    }

    [Fact]
    public async Task Bodies_DepartmentAndProvince()
    {
        var bodies = await QueryAsync("SELECT b.name, count(m.id) FROM bodies b LEFT JOIN body_memberships m ON m.body_id = b.id GROUP BY b.name ORDER BY b.name");
        Assert.Equal(
            ["Ban Chấp hành Đảng bộ Sở Công Thương 11", "Ban Chấp hành Đảng bộ tỉnh 0", "Ban Giám đốc Sở Công Thương 4", "Ban Thường vụ Tỉnh ủy 0", "Ban Thường vụ Đảng ủy Sở Công Thương 5"],
            bodies.Select(r => string.Join(' ', r)).Order(StringComparer.Ordinal));
    }

    private async Task<List<string[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
        }

        return rows;
    }
}
