-- 0003: the audit log (nhật ký kiểm tra), append-only and hash-chained (C10, ADR 0005).
--
-- The database, not the application, decides the id, the time and both hashes of every row: a BEFORE INSERT trigger
-- takes a transaction-level advisory lock, so concurrent writers queue up and form one chain whose order is the id
-- order. Other triggers refuse UPDATE, DELETE and TRUNCATE whoever asks. Tampering by someone who can disable the
-- triggers (the table owner, a superuser) breaks the chain, and `qh audit verify` names the first broken row.

CREATE SEQUENCE audit_events_id_seq AS bigint;

CREATE TABLE audit_events (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_user_id uuid,
    actor_name character varying(256) NOT NULL,
    action character varying(100) NOT NULL,
    entity_type character varying(100) NOT NULL,
    entity_id character varying(100),
    organisation_id uuid,
    before jsonb,
    after jsonb,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL,
    CONSTRAINT pk_audit_events PRIMARY KEY (id)
);

ALTER SEQUENCE audit_events_id_seq OWNED BY audit_events.id;

CREATE INDEX ix_audit_events_entity_type_entity_id ON audit_events (entity_type, entity_id);

CREATE INDEX ix_audit_events_organisation_id ON audit_events (organisation_id);

CREATE INDEX ix_audit_events_actor_user_id ON audit_events (actor_user_id);

-- The canonical text of a row: a JSON array of every column but the hash, in a fixed order. jsonb's text form is
-- canonical (key order, spacing), and the time is written in UTC with microseconds, whatever the session's TimeZone.
CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(
        e.id,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_user_id,
        e.actor_name,
        e.action,
        e.entity_type,
        e.entity_id,
        e.organisation_id,
        e.before,
        e.after,
        e.prev_hash)::text
$$;

CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    previous text;
BEGIN
    -- Under REPEATABLE READ or SERIALIZABLE the snapshot predates the lock, so the row read below could be stale
    -- and the chain would fork. Refuse rather than fork.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'Nhật ký kiểm tra chỉ ghi được trong giao dịch READ COMMITTED (giao dịch hiện tại: %).',
            current_setting('transaction_isolation') USING ERRCODE = 'invalid_transaction_state';
    END IF;

    -- "QHAUDITL": held until commit, so the next writer sees this row as the chain's head.
    PERFORM pg_advisory_xact_lock(5857003149869012044);
    NEW.id := nextval('audit_events_id_seq');
    NEW.occurred_at := clock_timestamp();
    SELECT a.hash INTO previous FROM audit_events a ORDER BY a.id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.hash := audit_event_hash(NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

CREATE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Nhật ký kiểm tra chỉ được ghi thêm: không được % bản ghi đã ghi.',
        CASE TG_OP WHEN 'UPDATE' THEN 'sửa' WHEN 'DELETE' THEN 'xóa' ELSE 'xóa toàn bộ (TRUNCATE)' END
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- ALWAYS: session_replication_role = replica (as used by restore tools) does not switch the refusal off.
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_no_truncate;
