-- 0042: every statement on cadres or assignments records the cadres it changed, however many (ADR 0028, amended). 0041
-- recorded the nil id ("any cadre") for a statement over 1,000 rows, so after an import's batch every kept report part
-- was read whole: at national size 1.0–1.9 s for coverage, the retirement wave and quality. Recorded, the cadres are
-- read again into the kept parts up to ReportCache.MostPatched of them; beyond, the parts are read whole. An import
-- already recorded its new cadres batch by batch (500 to a COPY of cadres, under the old limit); its assignments add
-- the same ids, which ON CONFLICT keeps once. A TRUNCATE still records the nil id: which cadres it removed is unknown.

CREATE OR REPLACE FUNCTION cadre_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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

    RETURN NULL;
END
$$;
