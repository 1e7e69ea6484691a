using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Domain.Common;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// The cadre list finds a page two ways (CadreListHandler): the first 1,001 matches in the list's order, from which the
/// first 40 pages are cut (PostgreSQL takes few matches whole and sorts them, many by walking the name-order index),
/// and a page past the 1,000th match, read by a walk of its own. Either way a page must hold exactly the rows the
/// database's own Vietnamese order puts there; the oracle here is plain SQL over the table, written apart from the handler.
/// </summary>
public sealed class CadreListPathsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Bùi", "Ngô"];
    private static readonly string[] Middles = ["Văn", "Thị", "Minh", "Đức"];
    private static readonly string[] Givens = ["Ánh", "An", "Ân", "Bình", "Dũng", "Đức", "Đông", "Yến", "Ý"];

    [Fact]
    public async Task FewMatches_EveryPage_IsTheDatabaseOrderSlice()
    {
        // 40 names over given names that sort by their diacritics (An < Ánh < Ân, D < Đ), some sharing a given name.
        await InsertAsync(Enumerable.Range(0, 40).Select(i =>
            ($"PATH-{i:D2}", $"{Families[i % Families.Length]} {Middles[i % Middles.Length]} {Givens[(i * 7) % Givens.Length]}")));
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);

        var expected = await OracleAsync("code LIKE 'PATH-%'");
        Assert.Equal(40, expected.Count);
        var page1 = await PageAsync(staff, "q=path-&page=1");
        var page2 = await PageAsync(staff, "q=path-&page=2");
        Assert.Equal(40, page1.Total);
        Assert.Equal(expected.Take(25), page1.Codes);
        Assert.Equal(expected.Skip(25), page2.Codes);
    }

    [Fact]
    public async Task ManyMatches_EveryPage_IsTheDatabaseOrderSlice()
    {
        // More than the count limit of 1,000 under one search, so the list walks the index; the names vary so the
        // walk has an order to keep, and a few match the search only in the middle of the order.
        await InsertAsync(Enumerable.Range(0, 1060).Select(i =>
            ($"WALK-{i:D4}", $"{Families[i % Families.Length]} {Middles[(i / 8) % Middles.Length]} Hà {Givens[(i / 3) % Givens.Length]}")));
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);

        var expected = await OracleAsync("search_name LIKE '%ha%'");
        Assert.True(expected.Count > 1025, expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var page = 1; page <= 3; page++)
        {
            var got = await PageAsync(staff, $"q=ha&page={page}");
            Assert.True(got.TotalIsLowerBound);
            Assert.Equal(expected.Skip((page - 1) * 25).Take(25), got.Codes);
        }

        var last = await PageAsync(staff, "q=ha&page=40");
        Assert.Equal(expected.Skip(975).Take(25), last.Codes);

        // Past the first 1,001 matches: the page straddling the 1,001st, and the one after it.
        for (var page = 41; page <= 42; page++)
        {
            var got = await PageAsync(staff, $"q=ha&page={page}");
            Assert.Equal(1000, got.Total);
            Assert.Equal(expected.Skip((page - 1) * 25).Take(25), got.Codes);
            Assert.NotEmpty(got.Codes);
        }
    }

    private async Task InsertAsync(IEnumerable<(string Code, string FullName)> cadres)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        foreach (var (code, fullName) in cadres)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, created_at, updated_at)
                VALUES (gen_random_uuid(), @code, (SELECT id FROM organisations WHERE code = 'NDI-SCT-P01'), @name, @given, @search, 'Female', 1985, now(), now())
                """, connection);
            insert.Parameters.AddWithValue("code", code);
            insert.Parameters.AddWithValue("name", fullName);
            insert.Parameters.AddWithValue("given", VietnameseText.GivenName(fullName));
            insert.Parameters.AddWithValue("search", VietnameseText.Fold(fullName));
            await insert.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Codes of the staff user's scope (the department and its divisions) matching <paramref name="where"/>,
    /// in the list's order.</summary>
    private async Task<List<string>> OracleAsync(string where)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand($"""
            WITH RECURSIVE scope AS (
                SELECT id FROM organisations WHERE code = 'NDI-SCT'
                UNION ALL SELECT o.id FROM organisations o JOIN scope s ON o.parent_id = s.id)
            SELECT code FROM cadres WHERE organisation_id IN (SELECT id FROM scope) AND {where}
            ORDER BY given_name, full_name, code
            """, connection);
        var codes = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    private static async Task<(int Total, bool TotalIsLowerBound, List<string> Codes)> PageAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres?" + query, UriKind.Relative));
        return (page.GetProperty("total").GetInt32(), page.GetProperty("totalIsLowerBound").GetBoolean(),
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList());
    }
}
