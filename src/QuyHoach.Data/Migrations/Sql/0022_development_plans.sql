-- 0022: development plans of planned cadres (kế hoạch đào tạo, bồi dưỡng, luân chuyển, R-USE-2).
--
-- One row per thing to do for one plan entry: an obligation of the screening verdict (one per entry and reason code:
-- generating twice finds the row already there) or a training course, rotation or secondment the staff add (one per
-- entry, kind, post or content and start day: a repeated submit finds it too). Closing keeps the evidence file and its
-- SHA-256 and writes the qualification or assignment to the registry; the registry's level records get the day the
-- certificate was issued, from which the level counts.

CREATE TABLE development_items (
    id uuid NOT NULL,
    plan_entry_id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    item_key character varying(400) NOT NULL,
    obligation_code character varying(60),
    content character varying(500) NOT NULL,
    rule_id character varying(30),
    due_on date NOT NULL,
    responsible_organisation_id uuid NOT NULL,
    title_id uuid,
    starts_on date,
    ends_on date,
    status character varying(20) NOT NULL,
    evidence_date date,
    evidence_number character varying(100),
    evidence_file_name character varying(255),
    evidence_content_type character varying(100),
    evidence_sha256 character(64),
    evidence_content bytea,
    closed_by_user_id uuid,
    closed_at timestamp with time zone,
    created_by_user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_development_items PRIMARY KEY (id),
    CONSTRAINT fk_development_items_plan_entries_plan_entry_id FOREIGN KEY (plan_entry_id) REFERENCES plan_entries (id) ON DELETE RESTRICT,
    CONSTRAINT fk_development_items_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_development_items_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_development_items_organisations_responsible_organisation_id FOREIGN KEY (responsible_organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_development_items_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_development_items_users_created_by_user_id FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_development_items_users_closed_by_user_id FOREIGN KEY (closed_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_development_items_plan_entry_id_item_key ON development_items (plan_entry_id, item_key);
CREATE INDEX ix_development_items_organisation_id_status_due_on ON development_items (organisation_id, status, due_on);
CREATE INDEX ix_development_items_cadre_id ON development_items (cadre_id);
CREATE INDEX ix_development_items_responsible_organisation_id ON development_items (responsible_organisation_id);
CREATE INDEX ix_development_items_title_id ON development_items (title_id);
CREATE INDEX ix_development_items_created_by_user_id ON development_items (created_by_user_id);
CREATE INDEX ix_development_items_closed_by_user_id ON development_items (closed_by_user_id);

ALTER TABLE education_records ADD COLUMN completed_on date;
ALTER TABLE political_theory_records ADD COLUMN completed_on date;
ALTER TABLE state_management_records ADD COLUMN completed_on date;
