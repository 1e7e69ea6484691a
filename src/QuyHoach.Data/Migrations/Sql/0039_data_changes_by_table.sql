-- 0039: which tables each transaction changed (ADR 0025). A kept report is read again only when a table it read has
-- changed: a tally entered during a conference or a discipline decision recorded no longer throws away the reports
-- that never read those tables. The trigger now records one row per transaction and table (a transaction-local setting
-- per table keeps it to one; a savepoint rolled back undoes both). The rows of 0038 name no table: they are removed
-- and the horizon raised past them, so a report kept before this migration is read again rather than trusted.

DELETE FROM data_changes;
UPDATE data_changes_horizon SET horizon = pg_snapshot_xmin(pg_current_snapshot());
ALTER TABLE data_changes ADD COLUMN table_name text NOT NULL;
ALTER TABLE data_changes DROP CONSTRAINT pk_data_changes;
ALTER TABLE data_changes ADD CONSTRAINT pk_data_changes PRIMARY KEY (xid, table_name);

CREATE OR REPLACE FUNCTION data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('quyhoach.changed_' || TG_TABLE_NAME, true) IS DISTINCT FROM 'y' THEN
        INSERT INTO data_changes (xid, table_name) VALUES (pg_current_xact_id(), TG_TABLE_NAME) ON CONFLICT DO NOTHING;
        PERFORM set_config('quyhoach.changed_' || TG_TABLE_NAME, 'y', true);
    END IF;
    RETURN NULL;
END
$$;
