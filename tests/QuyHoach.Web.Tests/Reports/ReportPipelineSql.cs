using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// On top of <see cref="ReportFixtureSql"/>'s unit, counted by hand as of 01/06/2026:
/// <list type="bullet">
/// <item>Registry: lý luận chính trị C trung cấp (and cao cấp being studied), D cao cấp, A cao cấp, B trung cấp; quản
/// lý nhà nước D and A chuyên viên chính; chuyên môn C thạc sĩ, D, G, H and A đại học; ratings 2025 C xuất sắc, D and
/// G tốt, H hoàn thành, A tốt, 2024 C tốt; political-standard conclusions for D and G only.</item>
/// <item>Development items: C's due 01/05/2026 open (overdue), D's due 01/08/2026 open (within 90 days), G's due
/// 01/07/2026 closed on 20/05/2026 (not counted), H's due 01/01/2027 open (beyond the window).</item>
/// <item>Rounds: one in progress (step 1 done 20/02 against 01/03: on time; step 2 due 20/05 not done: 12 days
/// overdue; step 3 due 01/07: not yet due), one closed on 01/04/2026 with two dossiers: C's without documents
/// (incomplete) and D's complete on 05/01/2026 with item 2 dated 01/10/2025 (stale), not approved (30 working days
/// long past); and G appointed Phó trưởng phòng on 20/05/2026.</item>
/// </list>
/// </summary>
internal static class ReportPipelineSql
{
    public static async Task<Guid> EnsureAsync(QuyHoachAppFactory app)
    {
        var unit = await ReportFixtureSql.EnsureAsync(app);
        if (await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM planning_rounds WHERE name LIKE 'Thử nghiệm báo cáo%'") > 0)
        {
            return unit;
        }

        await ReportFixtureSql.ExecuteAsync(app, """
            CREATE TEMP TABLE c AS SELECT code, id FROM cadres WHERE code LIKE 'BC-%';
            CREATE TEMP TABLE u AS SELECT id FROM users ORDER BY user_name LIMIT 1;
            INSERT INTO political_theory_records (id, cadre_id, level, studying, year) SELECT gen_random_uuid(), c.id, v.level, v.studying, 2015
              FROM c JOIN (VALUES ('BC-C', 'Intermediate', false), ('BC-C', 'Advanced', true), ('BC-D', 'Advanced', false), ('BC-A', 'Advanced', false), ('BC-B', 'Intermediate', false)) v(code, level, studying) ON v.code = c.code;
            INSERT INTO state_management_records (id, cadre_id, level, year) SELECT gen_random_uuid(), c.id, 'Principal', 2016 FROM c WHERE c.code IN ('BC-D', 'BC-A');
            INSERT INTO education_records (id, cadre_id, level, year) SELECT gen_random_uuid(), c.id, CASE c.code WHEN 'BC-C' THEN 'Master' ELSE 'Bachelor' END, 2010
              FROM c WHERE c.code IN ('BC-C', 'BC-D', 'BC-G', 'BC-H', 'BC-A');
            INSERT INTO evaluation_records (id, cadre_id, year, rating) SELECT gen_random_uuid(), c.id, v.year, v.rating
              FROM c JOIN (VALUES ('BC-C', 2025, 'Excellent'), ('BC-D', 2025, 'Good'), ('BC-G', 2025, 'Good'), ('BC-H', 2025, 'Completed'), ('BC-A', 2025, 'Good'), ('BC-C', 2024, 'Good')) v(code, year, rating) ON v.code = c.code;
            INSERT INTO political_standard_conclusions (id, cadre_id, concluded_on, met) SELECT gen_random_uuid(), c.id, DATE '2026-04-01', true FROM c WHERE c.code IN ('BC-D', 'BC-G');
            INSERT INTO development_items (id, plan_entry_id, cadre_id, organisation_id, kind, item_key, content, due_on, responsible_organisation_id, status, closed_at, created_by_user_id, created_at)
            SELECT gen_random_uuid(), e.id, e.cadre_id, e.organisation_id, 'Training', 'bao-cao-' || c.code, v.content, v.due::date, e.organisation_id, v.status,
                   CASE WHEN v.status = 'Done' THEN TIMESTAMPTZ '2026-05-20 09:00+07' END, (SELECT id FROM u), TIMESTAMPTZ '2026-05-16 09:00+07'
            FROM plan_entries e JOIN c ON c.id = e.cadre_id
            JOIN (VALUES ('BC-C', 'Học cao cấp lý luận chính trị', '2026-05-01', 'Open'), ('BC-D', 'Luân chuyển về cơ sở', '2026-08-01', 'Open'),
                         ('BC-G', 'Bồi dưỡng quản lý nhà nước', '2026-07-01', 'Done'), ('BC-H', 'Bồi dưỡng kỹ năng lãnh đạo', '2027-01-01', 'Open')) v(code, content, due, status) ON v.code = c.code;

            INSERT INTO planning_rounds (id, organisation_id, management_authority_id, term_id, kind, name, reference_year, reference_month, status, created_by_user_id, created_at, closed_at)
            SELECT gen_random_uuid(), o.id, (SELECT id FROM management_authorities WHERE code = 'NDI-SCT-DQL'), (SELECT id FROM terms WHERE code = '2025-2030'), 'AnnualReview',
                   v.name, 2026, 1, v.status, (SELECT id FROM u), TIMESTAMPTZ '2026-01-10 09:00+07', v.closed::timestamptz
            FROM organisations o, (VALUES ('Thử nghiệm báo cáo: rà soát 2026', 'InProgress', NULL), ('Thử nghiệm báo cáo: rà soát 2025', 'Closed', '2026-04-01 09:00+07')) v(name, status, closed)
            WHERE o.code = 'NDI-SCT-BC';
            INSERT INTO round_steps (id, round_id, number, name, announced, invites_others, due_on, completed_on)
            SELECT gen_random_uuid(), r.id, v.number, v.name, false, false, v.due::date, v.done::date
            FROM planning_rounds r, (VALUES (1, 'Chuẩn bị', '2026-03-01', '2026-02-20'), (2, 'Lấy ý kiến', '2026-05-20', NULL), (3, 'Tổng hợp', '2026-07-01', NULL)) v(number, name, due, done)
            WHERE r.name = 'Thử nghiệm báo cáo: rà soát 2026';
            INSERT INTO dossiers (id, round_id, title_id, cadre_id, completed_on, created_by_user_id, created_at)
            SELECT gen_random_uuid(), r.id, (SELECT id FROM titles WHERE code = v.title), c.id, v.done::date, (SELECT id FROM u), TIMESTAMPTZ '2026-01-03 09:00+07'
            FROM planning_rounds r, c, (VALUES ('BC-C', 'BC-TP', NULL), ('BC-D', 'BC-PP', '2026-01-05')) v(code, title, done)
            WHERE r.name = 'Thử nghiệm báo cáo: rà soát 2025' AND c.code = v.code;
            INSERT INTO dossier_documents (id, dossier_id, item, document_date, file_name, content_type, size_bytes, sha256, content, uploaded_by_user_id, uploaded_at)
            SELECT gen_random_uuid(), d.id, i, CASE WHEN i = 2 THEN DATE '2025-10-01' ELSE DATE '2026-01-02' END, 'thanh-phan-' || i || '.pdf', 'application/pdf', 1,
                   repeat('0', 64), '\x00'::bytea, (SELECT id FROM u), TIMESTAMPTZ '2026-01-04 09:00+07'
            FROM dossiers d JOIN c ON c.id = d.cadre_id, generate_series(1, 6) i WHERE c.code = 'BC-D';
            INSERT INTO appointments (id, cadre_id, title_id, plan_entry_id, started_on, recorded_by_user_id, recorded_at)
            SELECT gen_random_uuid(), e.cadre_id, e.title_id, e.id, DATE '2026-05-20', (SELECT id FROM u), TIMESTAMPTZ '2026-05-20 09:00+07'
            FROM plan_entries e JOIN c ON c.id = e.cadre_id WHERE c.code = 'BC-G';
            """);
        return unit;
    }
}
