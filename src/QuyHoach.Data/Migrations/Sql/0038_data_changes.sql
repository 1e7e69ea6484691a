-- 0038: which transactions changed the data (issue 14, ADR 0025). A report computed from a snapshot of the database
-- stays exactly right for as long as no transaction that changed what it read has committed since. Every statement
-- that writes a table the application reads for its reports (insert, update, delete, truncate; any path, COPY
-- included) records its transaction's id here, once per transaction; the application keeps a computed report with the
-- snapshot it was read in (pg_current_snapshot) and serves it again only while no recorded transaction is invisible
-- to that snapshot (ReportCache). Readers take no lock and writers never wait for one another: each inserts its own
-- row, unlike one version row updated by everyone (0033), which would queue every writer behind a long import.
-- Not tracked, because no report reads them: the audit log, the migration history, accounts and roles, sign-in keys,
-- work in progress of uploads and imports, the tree's own version row and these two tables.

CREATE TABLE data_changes (
    xid xid8 NOT NULL,
    CONSTRAINT pk_data_changes PRIMARY KEY (xid)
);

-- The oldest transaction whose row is still kept: rows below it are removed (DataChangesPruner), so a kept report whose
-- snapshot is older than the horizon cannot be proven unchanged and is computed again.
CREATE TABLE data_changes_horizon (
    id boolean NOT NULL DEFAULT true CONSTRAINT ck_data_changes_horizon_one_row CHECK (id),
    horizon xid8 NOT NULL,
    CONSTRAINT pk_data_changes_horizon PRIMARY KEY (id)
);

INSERT INTO data_changes_horizon (horizon) VALUES (pg_snapshot_xmin(pg_current_snapshot()));

-- Once per transaction: the transaction-local setting remembers that the row is written (a savepoint rolled back
-- undoes both the row and the setting, so a later statement writes it again).
CREATE FUNCTION data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('quyhoach.data_changed', true) IS DISTINCT FROM 'y' THEN
        INSERT INTO data_changes (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
        PERFORM set_config('quyhoach.data_changed', 'y', true);
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND c.relname NOT IN ('audit_events', 'schema_history', 'users', 'user_claims', 'user_logins', 'user_roles',
              'user_tokens', 'roles', 'role_claims', 'data_protection_keys', 'import_sessions', 'exchange_uploads',
              'scan_uploads', 'scan_pages', 'scan_sheets', 'organisation_tree_version', 'data_changes', 'data_changes_horizon')
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_changed()',
            'tr_' || t || '_data_changes', t);
    END LOOP;
END
$$;
