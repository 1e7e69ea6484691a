-- 0023: rule sets an administrator maintains (R-REG-4), and QĐ 377's guards and structure (R-PRI-7, R-STR-5).
--
-- rule_set_versions holds every version of every rule set: the embedded ones (seeded at start from the application's
-- JSON, built_in) and the ones an administrator uploads. A version is never edited: an upload of the same id and
-- version is the same row (a double submit finds it), and the complete document (an override merged onto the base it
-- extended) is kept so the version never changes with a later base. The current version of a set is its last
-- activated one. A round points at the version it runs under (rule_set_version_id, set when chosen and fixed at its
-- first conference); rounds that already froze an embedded set are pointed at its seeded row by the application at
-- start (it matches rule_set_id and rule_set_version), so existing rounds keep working.
--
-- appointment_proposals: a proposal to appoint or nominate a cadre to a title, open until closed; one open proposal
-- per cadre and title. cadres.science_technology: the cadre has a science and technology qualification.

CREATE TABLE rule_set_versions (
    id uuid NOT NULL,
    rule_set_id character varying(50) NOT NULL,
    version character varying(30) NOT NULL,
    extends_id character varying(50),
    extends_version character varying(30),
    effective_from date NOT NULL,
    document text NOT NULL,
    resolved text NOT NULL,
    sha256 character varying(64) NOT NULL,
    built_in boolean NOT NULL,
    uploaded_by_user_id uuid,
    uploaded_at timestamp with time zone NOT NULL,
    activated_by_user_id uuid,
    activated_at timestamp with time zone,
    CONSTRAINT pk_rule_set_versions PRIMARY KEY (id),
    CONSTRAINT fk_rule_set_versions_users_uploaded_by_user_id FOREIGN KEY (uploaded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_rule_set_versions_users_activated_by_user_id FOREIGN KEY (activated_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_rule_set_versions_rule_set_id_version ON rule_set_versions (rule_set_id, version);
CREATE INDEX ix_rule_set_versions_uploaded_by_user_id ON rule_set_versions (uploaded_by_user_id);
CREATE INDEX ix_rule_set_versions_activated_by_user_id ON rule_set_versions (activated_by_user_id);

ALTER TABLE planning_rounds ADD COLUMN rule_set_version_id uuid;
ALTER TABLE planning_rounds ADD CONSTRAINT fk_planning_rounds_rule_set_versions_rule_set_version_id
    FOREIGN KEY (rule_set_version_id) REFERENCES rule_set_versions (id) ON DELETE RESTRICT;
CREATE INDEX ix_planning_rounds_rule_set_version_id ON planning_rounds (rule_set_version_id);

ALTER TABLE cadres ADD COLUMN science_technology boolean NOT NULL DEFAULT false;

CREATE TABLE appointment_proposals (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    title_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    opened_on date NOT NULL,
    closed_on date,
    recorded_by_user_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_appointment_proposals PRIMARY KEY (id),
    CONSTRAINT fk_appointment_proposals_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE,
    CONSTRAINT fk_appointment_proposals_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_appointment_proposals_users_recorded_by_user_id FOREIGN KEY (recorded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_appointment_proposals_cadre_id_title_id ON appointment_proposals (cadre_id, title_id) WHERE closed_on IS NULL;
CREATE INDEX ix_appointment_proposals_title_id ON appointment_proposals (title_id);
CREATE INDEX ix_appointment_proposals_recorded_by_user_id ON appointment_proposals (recorded_by_user_id);
