-- 0029: counting from scans (kiểm phiếu bằng máy quét, issue 15). An upload of scanned sheets keeps its work state in
-- the database (queued → reading → read | failed, claimed by one conditional UPDATE, a heartbeat while reading) so any
-- instance serves it and a restart loses nothing; the same file uploaded twice by the same member for the same
-- conference is one upload. Each page image is kept (PNG) with its SHA-256, listed in the minutes' annex and sealed
-- with its step's results. Each sheet keeps what the reader decided and, for one sent to review, the committee's
-- decision and reason. No column records who received a sheet (ADR 0013, ADR 0019).

CREATE TABLE scan_uploads (
    id uuid NOT NULL,
    conference_id uuid NOT NULL,
    uploaded_by_user_id uuid NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    file_name character varying(260) NOT NULL,
    file_hash character varying(64) NOT NULL,
    content bytea NOT NULL,
    state character varying(20) NOT NULL,
    progress integer NOT NULL,
    pages integer NOT NULL,
    heartbeat_at timestamp with time zone,
    CONSTRAINT pk_scan_uploads PRIMARY KEY (id),
    CONSTRAINT fk_scan_uploads_conferences_conference_id FOREIGN KEY (conference_id) REFERENCES conferences (id) ON DELETE CASCADE,
    CONSTRAINT fk_scan_uploads_users_uploaded_by_user_id FOREIGN KEY (uploaded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_scan_uploads_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE UNIQUE INDEX ux_scan_uploads_same_file ON scan_uploads (conference_id, uploaded_by_user_id, file_hash);
CREATE INDEX ix_scan_uploads_state ON scan_uploads (state);
CREATE INDEX ix_scan_uploads_uploaded_by_user_id ON scan_uploads (uploaded_by_user_id);

CREATE TABLE scan_pages (
    id uuid NOT NULL,
    upload_id uuid NOT NULL,
    index integer NOT NULL,
    png bytea NOT NULL,
    hash character varying(64) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    CONSTRAINT pk_scan_pages PRIMARY KEY (id),
    CONSTRAINT fk_scan_pages_scan_uploads_upload_id FOREIGN KEY (upload_id) REFERENCES scan_uploads (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_scan_pages_upload_id_index ON scan_pages (upload_id, index);

CREATE TABLE scan_sheets (
    id uuid NOT NULL,
    upload_id uuid NOT NULL,
    position integer NOT NULL,
    ballot_id uuid,
    sheet_code character varying(16),
    pages integer[] NOT NULL,
    read_outcome character varying(20) NOT NULL,
    read_reason character varying(30),
    boxes jsonb NOT NULL,
    decision character varying(20),
    decided_lines jsonb,
    write_in character varying(500),
    decision_reason character varying(2000),
    decided_by_user_id uuid,
    decided_at timestamp with time zone,
    CONSTRAINT pk_scan_sheets PRIMARY KEY (id),
    CONSTRAINT fk_scan_sheets_scan_uploads_upload_id FOREIGN KEY (upload_id) REFERENCES scan_uploads (id) ON DELETE CASCADE,
    CONSTRAINT fk_scan_sheets_ballots_ballot_id FOREIGN KEY (ballot_id) REFERENCES ballots (id) ON DELETE CASCADE,
    CONSTRAINT fk_scan_sheets_users_decided_by_user_id FOREIGN KEY (decided_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_scan_sheets_upload_id_position ON scan_sheets (upload_id, position);
CREATE INDEX ix_scan_sheets_ballot_id ON scan_sheets (ballot_id);
CREATE INDEX ix_scan_sheets_decided_by_user_id ON scan_sheets (decided_by_user_id);
