-- 0010: one live tally entry per member per ballot (docs/security.md).
--
-- Concurrent submissions by one counting committee member (a double-click, a retried request) could each store an
-- entry: the ballot then held several live entries by one person, the second member was refused ("two entries that
-- do not match") and only database surgery freed it. The application now locks the ballot row and answers a repeated
-- submission with the first entry; the unique index below makes a second live entry impossible whatever the caller.
--
-- Ballots already wedged are repaired first: per ballot and member the first live entry stands (the ballot's
-- accepted entry when it is one of them, else the earliest), every later one is superseded (kept as evidence, as a
-- re-entry keeps the entry it replaces) and recorded in the audit log as tally.duplicate_superseded, actor "hệ thống".
-- A repaired ballot whose entries had already been compared (mismatch or reconciled, results not yet computed) goes
-- back to a state a person settles: with two members' entries standing it is a mismatch (re-entry or an explicit
-- choice with a reason), with one it awaits the second entry. A ballot with computed results keeps them: its accepted
-- entry is never superseded here, and a correction (with a reason) remains the way to change it.

CREATE TEMPORARY TABLE tally_duplicates ON COMMIT DROP AS
SELECT e.id, e.ballot_id, e.entered_by_user_id, e.entered_at, e.issued, e.returned, e.valid, e.invalid, ranked.kept_id
FROM tally_entries e
JOIN (
    SELECT t.id,
           row_number() OVER w AS n,
           first_value(t.id) OVER w AS kept_id
    FROM tally_entries t
    JOIN ballots b ON b.id = t.ballot_id
    WHERE NOT t.superseded
    WINDOW w AS (PARTITION BY t.ballot_id, t.entered_by_user_id
                 ORDER BY (t.id = b.accepted_entry_id) IS TRUE DESC, t.entered_at, t.id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
) ranked ON ranked.id = e.id
WHERE ranked.n > 1;

UPDATE tally_entries SET superseded = true WHERE id IN (SELECT id FROM tally_duplicates);

-- One event per superseded entry, in entry order; the chain trigger fills id, time and both hashes.
INSERT INTO audit_events (actor_user_id, actor_name, action, entity_type, entity_id, organisation_id, before, after, occurred_at, prev_hash, hash)
SELECT NULL, 'hệ thống', 'tally.duplicate_superseded', 'ballot', d.ballot_id::text, r.organisation_id,
       jsonb_build_object(
           'tally', jsonb_build_object(
               'entryId', d.id, 'issued', d.issued, 'returned', d.returned, 'valid', d.valid, 'invalid', d.invalid,
               'agree', (SELECT coalesce(jsonb_object_agg(v.candidate_id::text, v.agree), '{}'::jsonb) FROM tally_entry_votes v WHERE v.entry_id = d.id)),
           'enteredByUserId', d.entered_by_user_id,
           'enteredAt', d.entered_at),
       jsonb_build_object('superseded', true, 'keptEntryId', d.kept_id, 'migration', '0010'),
       now(), '', ''
FROM tally_duplicates d
JOIN ballots b ON b.id = d.ballot_id
JOIN conferences c ON c.id = b.conference_id
JOIN round_steps s ON s.id = c.step_id
JOIN planning_rounds r ON r.id = s.round_id
ORDER BY d.entered_at, d.id;

UPDATE ballots b
SET status = CASE WHEN (SELECT count(*) FROM tally_entries e WHERE e.ballot_id = b.id AND NOT e.superseded) >= 2 THEN 'Mismatch' ELSE 'AwaitingEntries' END,
    accepted_entry_id = NULL
WHERE b.status IN ('Mismatch', 'Reconciled')
  AND b.id IN (SELECT ballot_id FROM tally_duplicates);

CREATE UNIQUE INDEX ux_tally_entries_live_entry ON tally_entries (ballot_id, entered_by_user_id) WHERE NOT superseded;
