using Npgsql;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// Test cadres with chosen birth months holding a demo title, plan entries approved on a chosen day, and a title's
/// term track, written in SQL (the registry forms have no field for what these tests need to pin).
/// </summary>
internal static class AgeCasesSql
{
    /// <summary>Men in the demo's first division, each holding <paramref name="titleCode"/> since 01/01/2015.</summary>
    public static Task AddMenAsync(QuyHoachAppFactory app, string titleCode, params (string Code, int Year, int Month)[] cadres) =>
        ExecuteAsync(app, string.Join('\n', cadres.Select(c => $"""
            INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, created_at, updated_at)
            VALUES (gen_random_uuid(), '{c.Code}', (SELECT id FROM organisations WHERE code = 'NDI-SCT-P01'), 'Nguyễn Văn Thử', 'Thử', 'nguyen van thu', 'Male', {c.Year}, {c.Month}, now(), now());
            INSERT INTO assignments (id, cadre_id, title_id, "from")
            VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = '{c.Code}'), (SELECT id FROM titles WHERE code = '{titleCode}'), DATE '2015-01-01');
            """)));

    /// <summary>An approval decision of the Sở's collective leadership signed on <paramref name="signedOn"/> with one entry per cadre.</summary>
    public static Task PlanAsync(QuyHoachAppFactory app, string number, DateOnly signedOn, string titleCode, string termCode, params string[] cadreCodes) =>
        ExecuteAsync(app, $"""
            INSERT INTO plan_decisions (id, kind, organisation_id, management_authority_id, term_id, number, signed_on, signer_name, signer_position, recorded_by_user_id, recorded_at)
            VALUES (gen_random_uuid(), 'Approval', (SELECT id FROM organisations WHERE code = 'NDI-SCT'), (SELECT id FROM management_authorities WHERE code = 'NDI-SCT-DQL'),
                    (SELECT id FROM terms WHERE code = '{termCode}'), '{number}', DATE '{signedOn:yyyy-MM-dd}', 'Trần Văn Ký', 'Giám đốc', (SELECT id FROM users ORDER BY user_name LIMIT 1), now());
            INSERT INTO plan_entries (id, cadre_id, title_id, term_id, organisation_id, approval_decision_id, effective_from)
            SELECT gen_random_uuid(), c.id, (SELECT id FROM titles WHERE code = '{titleCode}'), d.term_id, d.organisation_id, d.id, d.signed_on
            FROM cadres c, plan_decisions d WHERE c.code IN ({string.Join(", ", cadreCodes.Select(c => $"'{c}'"))}) AND d.number = '{number}';
            """);

    /// <summary>Moves <paramref name="titleCode"/> to the Party congress track or the State track.</summary>
    public static Task SetTrackAsync(QuyHoachAppFactory app, string titleCode, string track) =>
        ExecuteAsync(app, $"UPDATE titles SET term_track = '{track}' WHERE code = '{titleCode}';");

    private static async Task ExecuteAsync(QuyHoachAppFactory app, string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
