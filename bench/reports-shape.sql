-- Run once by bench/reports.sh after `qh generate`, in one transaction (then VACUUM ANALYZE): the generated registry given the shape of issue 14's
-- province-sized benchmark. Every statement is additive on the generated rows (codes G<seed>-…).
-- 1. The generated provinces under the unit of the demo's province staff account (as bench/national.sh), so one
--    account's scope holds every generated cadre.
UPDATE organisations SET parent_id = (SELECT organisation_id FROM users WHERE user_name = 'bantochuc')
WHERE kind = 'Province' AND code ~ '^G[0-9]+-P[0-9]{2}$';

-- 2. Titles across units: each phòng of each sở gets its own Trưởng phòng and Phó Trưởng phòng (34 × 8 × 3 phòng × 2
--    = 1,632 titles, with the 374 of the ladders about 2,000); their holders and planned cadres working in that phòng
--    move from the province-wide title to it.
CREATE TEMP TABLE moved AS
SELECT gen_random_uuid() AS new_id, t.id AS old_id, o.id AS unit_id, o.code || '-' || substring(t.code FROM '-([A-Z]+)$') AS code
FROM organisations o JOIN organisations s ON s.id = o.parent_id JOIN titles t ON t.organisation_id = s.parent_id
WHERE o.kind = 'Division' AND o.code ~ '^G[0-9]+-P' AND t.level = 'so' AND t.code ~ '-(TP|PTP)$';
INSERT INTO titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, regulated_seats, term_track,
                    management_authority_id, required_political_theory, required_professional, professional_may_follow,
                    required_state_management, state_management_may_follow)
SELECT m.new_id, m.unit_id, m.code, t.name, t.rank, t.level, t.kind, t.is_key_leadership, CASE WHEN t.code ~ '-TP$' THEN 1 ELSE 2 END,
       t.term_track, t.management_authority_id, t.required_political_theory, t.required_professional, t.professional_may_follow,
       t.required_state_management, t.state_management_may_follow
FROM moved m JOIN titles t ON t.id = m.old_id;
UPDATE assignments a SET title_id = m.new_id FROM cadres c, moved m
WHERE a.cadre_id = c.id AND a.title_id = m.old_id AND m.unit_id = c.organisation_id;
UPDATE plan_entries e SET title_id = m.new_id FROM cadres c, moved m
WHERE e.cadre_id = c.id AND e.title_id = m.old_id AND m.unit_id = c.organisation_id;

-- 3. Five years of rounds: besides the generated 2025 review, the closed reviews of 2021–2024 and the 2026 review in
--    progress (step 1 done on time, step 2 overdue, steps 3–4 not yet due), each listing every leadership title of its
--    authority with a quota of 3.
INSERT INTO planning_rounds (id, organisation_id, management_authority_id, term_id, kind, name, reference_year, reference_month,
                             rule_set_id, rule_set_version, rule_set_frozen_at, status, created_by_user_id, created_at, closed_at)
SELECT gen_random_uuid(), r.organisation_id, r.management_authority_id, r.term_id, r.kind, 'Rà soát, bổ sung quy hoạch năm ' || y, y, 6,
       r.rule_set_id, r.rule_set_version, make_timestamptz(y, 6, 1, 9, 0, 0, 'UTC'), CASE WHEN y = 2026 THEN 'InProgress' ELSE 'Closed' END,
       r.created_by_user_id, make_timestamptz(y, 6, 1, 9, 0, 0, 'UTC'), CASE WHEN y < 2026 THEN make_timestamptz(y, 9, 30, 9, 0, 0, 'UTC') END
FROM planning_rounds r, generate_series(2021, 2026) y
WHERE y <> 2025 AND r.reference_year = 2025 AND r.organisation_id IN (SELECT id FROM organisations WHERE code ~ '^G[0-9]+-P[0-9]{2}$');
INSERT INTO planning_round_titles (round_id, title_id, quota)
SELECT r.id, t.id, 3 FROM planning_rounds r JOIN titles t ON t.management_authority_id = r.management_authority_id AND t.kind = 'Leadership'
WHERE r.organisation_id IN (SELECT id FROM organisations WHERE code ~ '^G[0-9]+-P[0-9]{2}$')
ON CONFLICT DO NOTHING;
INSERT INTO round_steps (id, round_id, number, name, announced, invites_others, due_on, completed_on)
SELECT gen_random_uuid(), r.id, s.number, s.name, false, false, s.due, s.done
FROM planning_rounds r, (VALUES (1, 'Hội nghị tập thể lãnh đạo', DATE '2026-06-20', DATE '2026-06-18'),
                                (2, 'Hội nghị cán bộ chủ chốt', DATE '2026-11-20', NULL::date),
                                (3, 'Hội nghị Ban Thường vụ', DATE '2027-01-15', NULL::date),
                                (4, 'Tổng hợp, trình phê duyệt', DATE '2027-02-15', NULL::date)) s(number, name, due, done)
WHERE r.reference_year = 2026 AND r.organisation_id IN (SELECT id FROM organisations WHERE code ~ '^G[0-9]+-P[0-9]{2}$');

-- 4. Five years of plans: each closed 2021–2024 review approved a plan (one decision per province and year) holding a
--    third of today's planned cadres for a year (ended by the next review's decision), so the reports read the history.
INSERT INTO plan_decisions (id, kind, organisation_id, management_authority_id, term_id, round_id, number, signed_on, signer_name,
                            signer_position, recorded_by_user_id, recorded_at)
SELECT gen_random_uuid(), 'Approval', r.organisation_id, r.management_authority_id, r.term_id, r.id, r.reference_year || '-QĐ/TU',
       make_date(r.reference_year, 6, 30), 'Người ký tổng hợp', 'Bí thư', r.created_by_user_id, r.created_at
FROM planning_rounds r WHERE r.reference_year BETWEEN 2021 AND 2024 AND r.organisation_id IN (SELECT id FROM organisations WHERE code ~ '^G[0-9]+-P[0-9]{2}$');
INSERT INTO plan_entries (id, cadre_id, title_id, term_id, organisation_id, approval_decision_id, effective_from, ended_on, end_reason)
SELECT gen_random_uuid(), e.cadre_id, e.title_id, e.term_id, e.organisation_id, d.id, d.signed_on, (d.signed_on + interval '1 year')::date, 'Removed'
FROM plan_entries e JOIN plan_decisions cur ON cur.id = e.approval_decision_id
JOIN plan_decisions d ON d.management_authority_id = cur.management_authority_id AND d.signed_on < DATE '2025-01-01'
WHERE cur.signed_on = DATE '2025-06-30' AND get_byte(uuid_send(e.id), 15) % 3 = 0;

