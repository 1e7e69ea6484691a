-- 0043: how many cadres each transaction recorded, beside the tables it changed (ADR 0028, amended in session 22).
-- Before reading the changed cadres (0041, 0042), a kept report part checks that they are no more than a patch reads
-- (ReportCache.Patched); it counted them in cadre_changes, one index entry each: 5–9 ms for 20,001 cadres at province
-- size, 34–44 ms for 100,012 at national size, twice a request, before every whole read. The statement that records
-- them now adds the number it recorded (new to its transaction: a cadre changed twice in one transaction counts once)
-- to its transaction's row of data_changes for the table, which the check already reads. The rows recorded before are
-- removed and the horizon raised, as 0039 did: a part kept from before it is read whole once.

DELETE FROM cadre_changes;
DELETE FROM data_changes;
UPDATE data_changes_horizon SET horizon = pg_snapshot_xmin(pg_current_snapshot());
ALTER TABLE data_changes ADD COLUMN cadres bigint NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION cadre_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    recorded bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO cadre_changes (xid, cadre_id) VALUES (pg_current_xact_id(), '00000000-0000-0000-0000-000000000000') ON CONFLICT DO NOTHING;
    ELSIF TG_TABLE_NAME = 'cadres' THEN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO cadre_changes (xid, cadre_id) SELECT DISTINCT pg_current_xact_id(), id FROM old_rows ON CONFLICT DO NOTHING;
        ELSE
            INSERT INTO cadre_changes (xid, cadre_id) SELECT DISTINCT pg_current_xact_id(), id FROM new_rows ON CONFLICT DO NOTHING;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO cadre_changes (xid, cadre_id) SELECT DISTINCT pg_current_xact_id(), cadre_id FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO cadre_changes (xid, cadre_id) SELECT DISTINCT pg_current_xact_id(), cadre_id FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
        -- An assignment moved to another cadre changes both.
        INSERT INTO cadre_changes (xid, cadre_id)
        SELECT DISTINCT pg_current_xact_id(), cadre_id FROM (SELECT cadre_id FROM new_rows UNION SELECT cadre_id FROM old_rows) moved
        ON CONFLICT DO NOTHING;
    END IF;

    -- The rows the INSERT above added: the cadres new to this transaction.
    GET DIAGNOSTICS recorded = ROW_COUNT;
    IF recorded > 0 THEN
        INSERT INTO data_changes (xid, table_name, cadres) VALUES (pg_current_xact_id(), TG_TABLE_NAME, recorded)
        ON CONFLICT (xid, table_name) DO UPDATE SET cadres = data_changes.cadres + EXCLUDED.cadres;
    END IF;

    RETURN NULL;
END
$$;
