-- 0041: which cadres each transaction changed in the registry's two tables that say who holds what (ADR 0028). A
-- report's parts are kept while no transaction that changed their tables has committed since (0038, 0039); after a
-- change to the registry, the national incumbents (292,592 of 1,000,000 cadres) were read again whole, about a second
-- of PostgreSQL, for one edited record. Every statement on cadres or assignments now also records the cadres whose rows
-- it inserted, changed or deleted (an assignment's cadre before and after), so a kept part reads again only those.
-- A statement over more than 1,000 rows (an import), or a TRUNCATE, records the nil id instead: "any cadre", and the
-- parts are then read whole, as before. Pruned with data_changes (DataChanges.PruneAsync), below the same horizon.

CREATE TABLE cadre_changes (
    xid xid8 NOT NULL,
    cadre_id uuid NOT NULL,
    CONSTRAINT pk_cadre_changes PRIMARY KEY (xid, cadre_id)
);

CREATE FUNCTION cadre_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rows_changed bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO cadre_changes (xid, cadre_id) VALUES (pg_current_xact_id(), '00000000-0000-0000-0000-000000000000') ON CONFLICT DO NOTHING;
        RETURN NULL;
    END IF;

    IF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO rows_changed FROM old_rows;
    ELSE
        SELECT count(*) INTO rows_changed FROM new_rows;
    END IF;

    IF rows_changed > 1000 THEN
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

-- One trigger per table and event (a trigger with transition tables may have only one event).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cadres', 'assignments'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cadre_rows_changed()', 'tr_' || t || '_cadre_changes_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cadre_rows_changed()', 'tr_' || t || '_cadre_changes_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cadre_rows_changed()', 'tr_' || t || '_cadre_changes_delete', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION cadre_rows_changed()', 'tr_' || t || '_cadre_changes_truncate', t);
    END LOOP;
END
$$;
