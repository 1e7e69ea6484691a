using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A unit counted by hand (Phòng Thử nghiệm báo cáo, under the Sở), reported on 01/06/2026:
/// <list type="bullet">
/// <item>Trưởng phòng: A (nam 01/1965, nghỉ hưu 07/2026) holds it; C (nữ 03/1988, Tày) is planned from 15/05/2026,
/// appointable from 16/08/2026, the month after A leaves (31/07/2026): at risk.</item>
/// <item>Phó trưởng phòng: B (nam 02/1965, nghỉ hưu 08/2026, leaves 31/08/2026) and E (nữ 1990) hold it; D (nam 08/1979),
/// G (nam 03/1966, nghỉ hưu 12/2027) and H (nam 04/1966, nghỉ hưu 04/2028: no man retires January–March 2028) are
/// planned, appointable from 16/08/2026, before B leaves: not at risk. Three planned, no woman, nobody young.</item>
/// <item>Kế toán trưởng: F (nữ 05/1970, nghỉ hưu 09/2027) holds it, nobody planned: uncovered and at risk.</item>
/// </list>
/// </summary>
internal static class ReportFixtureSql
{
    public const string UnitCode = "NDI-SCT-BC";

    public static readonly (string Code, string Name, string Sex, int Year, int Month, string Ethnicity, string Holds)[] Cadres =
    [
        ("BC-A", "Đỗ Văn An", "Male", 1965, 1, "Kinh", "BC-TP"),
        ("BC-B", "Lý Văn Bình", "Male", 1965, 2, "Kinh", "BC-PP"),
        ("BC-C", "Nông Thị Cúc", "Female", 1988, 3, "Tày", "BC-CV"),
        ("BC-D", "Phan Văn Dũng", "Male", 1979, 8, "Kinh", "BC-CV"),
        ("BC-E", "Vũ Thị Em", "Female", 1990, 6, "Kinh", "BC-PP"),
        ("BC-F", "Hà Thị Phương", "Female", 1970, 5, "Kinh", "BC-KT"),
        ("BC-G", "Tạ Văn Giang", "Male", 1966, 3, "Kinh", "BC-CV"),
        ("BC-H", "Mai Văn Hòa", "Male", 1966, 4, "Kinh", "BC-CV"),
    ];

    /// <summary>The unit, staff signed in, the app's ReportCache and the query of the unit on 01/06/2026 (the cache tests' day).</summary>
    public static async Task<(Planning.PlanningClient Staff, ReportCache Cache, string Query)> HandCountedAsync(QuyHoachAppFactory app)
    {
        var unit = await EnsureAsync(app);
        var staff = new Planning.PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        return (staff, app.Services.GetRequiredService<ReportCache>(), $"ngay={Uri.EscapeDataString("01/06/2026")}&don-vi={unit}");
    }

    /// <summary>The unit of the demo staff account: the reports' root for staff.</summary>
    public static Task<Guid> StaffRootAsync(QuyHoachAppFactory app) =>
        ScalarAsync<Guid>(app, $"SELECT organisation_id FROM users WHERE user_name = '{QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName}'");

    /// <summary>The unit, created on the first call for this app's database.</summary>
    public static async Task<Guid> EnsureAsync(QuyHoachAppFactory app)
    {
        var existing = await ScalarAsync<object>(app, $"SELECT coalesce((SELECT id::text FROM organisations WHERE code = '{UnitCode}'), '')");
        return existing is string { Length: > 0 } id ? Guid.Parse(id) : await CreateAsync(app);
    }

    private static async Task<Guid> CreateAsync(QuyHoachAppFactory app)
    {
        var cadres = string.Join('\n', Cadres.Select(c => $"""
            INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, ethnicity, created_at, updated_at)
            VALUES (gen_random_uuid(), '{c.Code}', (SELECT id FROM organisations WHERE code = '{UnitCode}'), '{c.Name}', '{c.Name.Split(' ')[^1]}', '{c.Code.ToLowerInvariant()}', '{c.Sex}', {c.Year}, {c.Month}, '{c.Ethnicity}', now(), now());
            INSERT INTO assignments (id, cadre_id, title_id, "from") VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = '{c.Code}'), (SELECT id FROM titles WHERE code = '{c.Holds}'), DATE '2018-01-01');
            """));
        await ExecuteAsync(app, $"""
            INSERT INTO organisations (id, code, name, kind, level, parent_id, created_at)
            SELECT gen_random_uuid(), '{UnitCode}', 'Phòng Thử nghiệm báo cáo', 'Division', 'Province', id, now() FROM organisations WHERE code = 'NDI-SCT';
            INSERT INTO titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, regulated_seats, term_track, professional_may_follow, state_management_may_follow)
            SELECT gen_random_uuid(), o.id, t.code, t.name, t.rank, 'so', t.kind, false, t.seats, 'State', false, false
            FROM organisations o, (VALUES ('BC-TP', 'Trưởng phòng', 30, 'Leadership', 1), ('BC-PP', 'Phó trưởng phòng', 20, 'Leadership', 2),
                                          ('BC-KT', 'Kế toán trưởng', 10, 'Leadership', 1), ('BC-CV', 'Chuyên viên', 0, 'Staff', NULL)) AS t(code, name, rank, kind, seats)
            WHERE o.code = '{UnitCode}';
            {cadres}
            """);
        await PlanAsync(app, "BC-TP", "BC-C");
        await PlanAsync(app, "BC-PP", "BC-D", "BC-G", "BC-H");
        return await ScalarAsync<Guid>(app, $"SELECT id FROM organisations WHERE code = '{UnitCode}'");
    }

    /// <summary>Entries of an approval signed on 15/05/2026 for the 2025–2030 term.</summary>
    private static Task PlanAsync(QuyHoachAppFactory app, string titleCode, params string[] cadreCodes) => ExecuteAsync(app, $"""
        INSERT INTO plan_decisions (id, kind, organisation_id, management_authority_id, term_id, number, signed_on, signer_name, signer_position, recorded_by_user_id, recorded_at)
        VALUES (gen_random_uuid(), 'Approval', (SELECT id FROM organisations WHERE code = 'NDI-SCT'), (SELECT id FROM management_authorities WHERE code = 'NDI-SCT-DQL'),
                (SELECT id FROM terms WHERE code = '2025-2030'), '{titleCode}/QĐ-BC', DATE '2026-05-15', 'Trần Văn Ký', 'Giám đốc', (SELECT id FROM users ORDER BY user_name LIMIT 1), now());
        INSERT INTO plan_entries (id, cadre_id, title_id, term_id, organisation_id, approval_decision_id, effective_from)
        SELECT gen_random_uuid(), c.id, (SELECT id FROM titles WHERE code = '{titleCode}'), d.term_id, (SELECT id FROM organisations WHERE code = '{UnitCode}'), d.id, d.signed_on
        FROM cadres c, plan_decisions d WHERE c.code IN ({string.Join(", ", cadreCodes.Select(c => $"'{c}'"))}) AND d.number = '{titleCode}/QĐ-BC';
        """);

    public static async Task<T> ScalarAsync<T>(QuyHoachAppFactory app, string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<(string Key, long Count)>> RowsAsync(QuyHoachAppFactory app, string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetValue(0).ToString()!, reader.GetInt64(1)));
        }

        return rows;
    }

    public static async Task ExecuteAsync(QuyHoachAppFactory app, string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
