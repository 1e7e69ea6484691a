using Npgsql;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Database;

/// <summary>The demo of ./run is the department of Kế hoạch 331/KH-SCT.</summary>
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
    public async Task Bodies_EverySeatedAtItsRegulatedSize_LeadershipIsDirectorateUnionStanding()
    {
        var bodies = await QueryAsync("""
            SELECT b.name, b.regulated_size, count(m.id) FILTER (WHERE m.from <= current_date AND (m.to IS NULL OR m.to >= current_date))
            FROM bodies b LEFT JOIN body_memberships m ON m.body_id = b.id GROUP BY b.name, b.regulated_size ORDER BY b.name
            """);
        Assert.Equal(5, bodies.Count);
        Assert.All(bodies, b => Assert.True(b[1] == b[2], $"{b[0]}: {b[2]} thành viên, quy định {b[1]}"));
        Assert.Contains(bodies, b => b[0] == "Ban Thường vụ Tỉnh ủy" && b[2] == "15");
        Assert.Contains(bodies, b => b[0] == "Ban Chấp hành Đảng bộ tỉnh" && b[2] == "50");

        // Tập thể lãnh đạo of the department = Ban Giám đốc ∪ BTV Đảng ủy: 4 + 5 with the Giám đốc (Bí thư) and the
        // first Phó Giám đốc (Phó Bí thư) on both, so 7 people; the province's BTV sits wholly on its BCH.
        var union = await QueryAsync("""
            SELECT count(DISTINCT m.cadre_id) FROM body_memberships m JOIN bodies b ON b.id = m.body_id
            WHERE b.code IN ('NDI-SCT-BGD', 'NDI-SCT-BTV') AND m.to IS NULL
            """);
        Assert.Equal("7", union[0][0]);
        var heads = await QueryAsync("SELECT b.code, count(*) FROM body_memberships m JOIN bodies b ON b.id = m.body_id WHERE m.is_head GROUP BY b.code ORDER BY b.code");
        Assert.Equal(["NDI-BCH 1", "NDI-BTV 1", "NDI-SCT-BCH 1", "NDI-SCT-BGD 1", "NDI-SCT-BTV 1"], heads.Select(r => string.Join(' ', r)));
    }

    [Fact]
    public async Task Accounts_ThreeCountersInTheDepartment()
    {
        var counters = await QueryAsync("""
            SELECT u.user_name, u.full_name FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
            JOIN organisations o ON o.id = u.organisation_id WHERE r.name = 'counter' AND o.code = 'NDI-SCT' ORDER BY u.user_name
            """);
        Assert.Equal(["kiemphieu Phạm Minh Đức", "kiemphieu2 Lê Văn Tâm", "kiemphieu3 Vũ Thị Hạnh"], counters.Select(r => string.Join(' ', r)));
    }

    [Fact]
    public async Task Accounts_TheProvinceRunsItsOwnPlan_StaffLeaderTwoCountersDelegate()
    {
        // A provincial round is seen only from the province (or above) and its counting committee is chosen among the
        // province's counting accounts, so the province needs its own people to run its plan.
        var accounts = await QueryAsync("""
            SELECT r.name, count(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
            JOIN organisations o ON o.id = u.organisation_id WHERE o.code = 'NDI' GROUP BY r.name ORDER BY r.name
            """);
        Assert.Equal(["admin 1", "counter 2", "delegate 1", "inspector 1", "leader 1", "staff 1"], accounts.Select(r => string.Join(' ', r)));
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
