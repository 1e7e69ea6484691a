-- 0019: the registry import's uploads (lần tải lên) live in the database instead of one instance's memory, so any
-- instance shows or finishes an upload and a restart loses nothing (several instances behind a proxy). A row holds
-- the validation report, the parsed rows and, once applied, the outcome (JSON written by the import feature); the
-- state moves validated → applying → done | failed, the move to applying being one conditional UPDATE so that a
-- double submit, on one instance or two, applies once. Rows expire after an hour and are purged by later uploads.

CREATE TABLE import_sessions (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    file_name character varying(260) NOT NULL,
    state character varying(20) NOT NULL,
    can_apply boolean NOT NULL,
    progress integer NOT NULL,
    report jsonb NOT NULL,
    parsed_rows jsonb NOT NULL,
    outcome jsonb,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    heartbeat_at timestamp with time zone,
    CONSTRAINT pk_import_sessions PRIMARY KEY (id),
    CONSTRAINT fk_import_sessions_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_import_sessions_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX ix_import_sessions_owner_id ON import_sessions (owner_id);
CREATE INDEX ix_import_sessions_expires_at ON import_sessions (expires_at);
