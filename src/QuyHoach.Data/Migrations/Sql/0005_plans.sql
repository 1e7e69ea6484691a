-- 0005: dossiers, decisions and the plan's lifecycle (C5–C7): the six-item dossier per proposed cadre with its dated
-- files and content hashes (R-DOS-1/2/3), approval and removal decisions (R-EFF-1, R-REM-VOTE, R-REM-AUTO), the plan
-- entries they make and end (R-EFF-2), appointments into planned titles (R-PRI-7/8) and the disclosure record
-- (R-PUB-2/3). Generated once from the EF Core model.

CREATE TABLE plan_decisions (
    id uuid NOT NULL,
    kind character varying(30) NOT NULL,
    organisation_id uuid NOT NULL,
    management_authority_id uuid NOT NULL,
    term_id uuid NOT NULL,
    round_id uuid,
    number character varying(50) NOT NULL,
    signed_on date NOT NULL,
    signer_name character varying(200) NOT NULL,
    signer_position character varying(300) NOT NULL,
    reason character varying(2000),
    recorded_by_user_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_plan_decisions PRIMARY KEY (id),
    CONSTRAINT "fk_plan_decisions_management_authorities_management_authority_~" FOREIGN KEY (management_authority_id) REFERENCES management_authorities (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_decisions_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_decisions_planning_rounds_round_id FOREIGN KEY (round_id) REFERENCES planning_rounds (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_decisions_terms_term_id FOREIGN KEY (term_id) REFERENCES terms (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_decisions_users_recorded_by_user_id FOREIGN KEY (recorded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE dossiers (
    id uuid NOT NULL,
    round_id uuid NOT NULL,
    title_id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    considered_on date,
    completed_on date,
    appraisal character varying(20),
    appraised_on date,
    appraisal_note character varying(2000),
    created_by_user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_dossiers PRIMARY KEY (id),
    CONSTRAINT fk_dossiers_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_dossiers_planning_rounds_round_id FOREIGN KEY (round_id) REFERENCES planning_rounds (id) ON DELETE RESTRICT,
    CONSTRAINT fk_dossiers_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_dossiers_users_created_by_user_id FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE plan_entries (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    title_id uuid NOT NULL,
    term_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    approval_decision_id uuid NOT NULL,
    effective_from date NOT NULL,
    ended_on date,
    end_reason character varying(30),
    end_decision_id uuid,
    end_note character varying(300),
    CONSTRAINT pk_plan_entries PRIMARY KEY (id),
    CONSTRAINT ck_plan_entries_ended_on CHECK (ended_on IS NULL OR ended_on >= effective_from),
    CONSTRAINT fk_plan_entries_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_entries_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_entries_plan_decisions_approval_decision_id FOREIGN KEY (approval_decision_id) REFERENCES plan_decisions (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_entries_plan_decisions_end_decision_id FOREIGN KEY (end_decision_id) REFERENCES plan_decisions (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_entries_terms_term_id FOREIGN KEY (term_id) REFERENCES terms (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_entries_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT
);

CREATE TABLE plan_notifications (
    id uuid NOT NULL,
    decision_id uuid NOT NULL,
    recipient_kind character varying(20) NOT NULL,
    recipient_name character varying(300) NOT NULL,
    recipient_user_id uuid,
    recipient_organisation_id uuid,
    notified_on date NOT NULL,
    recorded_by_user_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_plan_notifications PRIMARY KEY (id),
    CONSTRAINT fk_plan_notifications_organisations_recipient_organisation_id FOREIGN KEY (recipient_organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_notifications_plan_decisions_decision_id FOREIGN KEY (decision_id) REFERENCES plan_decisions (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_notifications_users_recipient_user_id FOREIGN KEY (recipient_user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_plan_notifications_users_recorded_by_user_id FOREIGN KEY (recorded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE dossier_documents (
    id uuid NOT NULL,
    dossier_id uuid NOT NULL,
    item integer NOT NULL,
    document_date date NOT NULL,
    file_name character varying(255) NOT NULL,
    content_type character varying(100) NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 character(64) NOT NULL,
    content bytea NOT NULL,
    uploaded_by_user_id uuid NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_dossier_documents PRIMARY KEY (id),
    CONSTRAINT ck_dossier_documents_item CHECK (item BETWEEN 1 AND 6),
    CONSTRAINT fk_dossier_documents_dossiers_dossier_id FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_dossier_documents_users_uploaded_by_user_id FOREIGN KEY (uploaded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE appointments (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    title_id uuid NOT NULL,
    plan_entry_id uuid NOT NULL,
    started_on date NOT NULL,
    decision_number character varying(50),
    recorded_by_user_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_appointments PRIMARY KEY (id),
    CONSTRAINT fk_appointments_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_appointments_plan_entries_plan_entry_id FOREIGN KEY (plan_entry_id) REFERENCES plan_entries (id) ON DELETE RESTRICT,
    CONSTRAINT fk_appointments_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_appointments_users_recorded_by_user_id FOREIGN KEY (recorded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE INDEX ix_appointments_cadre_id ON appointments (cadre_id);

CREATE UNIQUE INDEX ix_appointments_plan_entry_id ON appointments (plan_entry_id);

CREATE INDEX ix_appointments_recorded_by_user_id ON appointments (recorded_by_user_id);

CREATE INDEX ix_appointments_title_id ON appointments (title_id);

CREATE INDEX ix_dossier_documents_dossier_id_item ON dossier_documents (dossier_id, item);

CREATE INDEX ix_dossier_documents_uploaded_by_user_id ON dossier_documents (uploaded_by_user_id);

CREATE INDEX ix_dossiers_cadre_id ON dossiers (cadre_id);

CREATE INDEX ix_dossiers_created_by_user_id ON dossiers (created_by_user_id);

CREATE UNIQUE INDEX ix_dossiers_round_id_title_id_cadre_id ON dossiers (round_id, title_id, cadre_id);

CREATE INDEX ix_dossiers_title_id ON dossiers (title_id);

CREATE UNIQUE INDEX ix_plan_decisions_management_authority_id_number ON plan_decisions (management_authority_id, number);

CREATE INDEX ix_plan_decisions_organisation_id ON plan_decisions (organisation_id);

CREATE INDEX ix_plan_decisions_recorded_by_user_id ON plan_decisions (recorded_by_user_id);

CREATE INDEX ix_plan_decisions_round_id ON plan_decisions (round_id);

CREATE INDEX ix_plan_decisions_term_id ON plan_decisions (term_id);

CREATE INDEX ix_plan_entries_approval_decision_id ON plan_entries (approval_decision_id);

CREATE INDEX ix_plan_entries_cadre_id ON plan_entries (cadre_id);

CREATE INDEX ix_plan_entries_end_decision_id ON plan_entries (end_decision_id);

CREATE INDEX ix_plan_entries_organisation_id ON plan_entries (organisation_id);

CREATE INDEX ix_plan_entries_term_id ON plan_entries (term_id);

CREATE INDEX ix_plan_entries_title_id_term_id ON plan_entries (title_id, term_id);

CREATE INDEX ix_plan_notifications_decision_id ON plan_notifications (decision_id);

CREATE INDEX ix_plan_notifications_recipient_organisation_id ON plan_notifications (recipient_organisation_id);

CREATE INDEX ix_plan_notifications_recipient_user_id ON plan_notifications (recipient_user_id);

CREATE INDEX ix_plan_notifications_recorded_by_user_id ON plan_notifications (recorded_by_user_id);
