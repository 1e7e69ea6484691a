-- 0002: the registry (C1): terms, bodies and memberships, management authorities, titles with source groups,
-- cadres with their dated histories. Generated once from the EF Core model, then kept by hand.
-- pg_trgm gives the diacritic-free name search its index (a trusted extension: the database owner may create it).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE terms (
    id uuid NOT NULL,
    code character varying(20) NOT NULL,
    name character varying(100) NOT NULL,
    party_start_year integer NOT NULL,
    party_end_year integer NOT NULL,
    state_start_year integer NOT NULL,
    state_end_year integer NOT NULL,
    CONSTRAINT pk_terms PRIMARY KEY (id),
    CONSTRAINT ck_terms_years CHECK (party_start_year < party_end_year AND state_start_year < state_end_year)
);

CREATE TABLE bodies (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    code character varying(50) NOT NULL,
    name character varying(300) NOT NULL,
    kind character varying(40) NOT NULL,
    regulated_size integer,
    CONSTRAINT pk_bodies PRIMARY KEY (id),
    CONSTRAINT fk_bodies_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE cadres (
    id uuid NOT NULL,
    code character varying(50) NOT NULL,
    organisation_id uuid NOT NULL,
    full_name character varying(200) COLLATE "vi-VN-x-icu" NOT NULL,
    given_name character varying(50) COLLATE "vi-VN-x-icu" NOT NULL,
    search_name character varying(200) NOT NULL,
    sex character varying(10) NOT NULL,
    birth_year integer NOT NULL,
    birth_month integer,
    birth_day integer,
    ethnicity character varying(50),
    hometown character varying(200),
    party_joined_on date,
    retirement_age_override_months integer,
    died_on date,
    transferred_out_on date,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_cadres PRIMARY KEY (id),
    CONSTRAINT ck_cadres_birth_day CHECK (birth_day IS NULL OR (birth_month IS NOT NULL AND birth_day BETWEEN 1 AND 31)),
    CONSTRAINT ck_cadres_birth_month CHECK (birth_month IS NULL OR birth_month BETWEEN 1 AND 12),
    CONSTRAINT fk_cadres_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE body_memberships (
    id uuid NOT NULL,
    body_id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    position character varying(100) NOT NULL,
    is_head boolean NOT NULL,
    "from" date NOT NULL,
    "to" date,
    CONSTRAINT pk_body_memberships PRIMARY KEY (id),
    CONSTRAINT ck_body_memberships_dates CHECK ("to" IS NULL OR "to" >= "from"),
    CONSTRAINT fk_body_memberships_bodies_body_id FOREIGN KEY (body_id) REFERENCES bodies (id) ON DELETE CASCADE,
    CONSTRAINT fk_body_memberships_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT
);

CREATE TABLE management_authorities (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    code character varying(50) NOT NULL,
    name character varying(300) NOT NULL,
    approving_body_id uuid,
    CONSTRAINT pk_management_authorities PRIMARY KEY (id),
    CONSTRAINT fk_management_authorities_bodies_approving_body_id FOREIGN KEY (approving_body_id) REFERENCES bodies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_management_authorities_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE titles (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    code character varying(50) NOT NULL,
    name character varying(300) NOT NULL,
    rank integer NOT NULL,
    level character varying(30) NOT NULL,
    kind character varying(40) NOT NULL,
    is_key_leadership boolean NOT NULL,
    regulated_seats integer,
    term_track character varying(20) NOT NULL,
    management_authority_id uuid,
    required_political_theory character varying(40),
    required_professional character varying(40),
    professional_may_follow boolean NOT NULL,
    required_state_management character varying(40),
    state_management_may_follow boolean NOT NULL,
    standards_note character varying(2000),
    CONSTRAINT pk_titles PRIMARY KEY (id),
    CONSTRAINT fk_titles_management_authorities_management_authority_id FOREIGN KEY (management_authority_id) REFERENCES management_authorities (id) ON DELETE RESTRICT,
    CONSTRAINT fk_titles_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE title_source_groups (
    id uuid NOT NULL,
    title_id uuid NOT NULL,
    number integer NOT NULL,
    minimum_months integer,
    CONSTRAINT pk_title_source_groups PRIMARY KEY (id),
    CONSTRAINT ck_title_source_groups_number CHECK (number >= 1),
    CONSTRAINT fk_title_source_groups_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE CASCADE
);

CREATE TABLE title_source_group_members (
    source_group_id uuid NOT NULL,
    source_title_id uuid NOT NULL,
    CONSTRAINT pk_title_source_group_members PRIMARY KEY (source_group_id, source_title_id),
    CONSTRAINT "fk_title_source_group_members_title_source_groups_source_group~" FOREIGN KEY (source_group_id) REFERENCES title_source_groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_title_source_group_members_titles_source_title_id FOREIGN KEY (source_title_id) REFERENCES titles (id) ON DELETE RESTRICT
);

CREATE TABLE assignments (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    title_id uuid NOT NULL,
    "from" date NOT NULL,
    "to" date,
    decision_number character varying(100),
    CONSTRAINT pk_assignments PRIMARY KEY (id),
    CONSTRAINT ck_assignments_dates CHECK ("to" IS NULL OR "to" >= "from"),
    CONSTRAINT fk_assignments_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignments_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT
);

CREATE TABLE education_records (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    level character varying(40) NOT NULL,
    field character varying(300),
    institution character varying(300),
    year integer,
    CONSTRAINT pk_education_records PRIMARY KEY (id),
    CONSTRAINT fk_education_records_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE
);

CREATE TABLE political_theory_records (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    level character varying(40) NOT NULL,
    studying boolean NOT NULL,
    year integer,
    CONSTRAINT pk_political_theory_records PRIMARY KEY (id),
    CONSTRAINT fk_political_theory_records_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE
);

CREATE TABLE state_management_records (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    level character varying(40) NOT NULL,
    year integer,
    CONSTRAINT pk_state_management_records PRIMARY KEY (id),
    CONSTRAINT fk_state_management_records_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE
);

CREATE TABLE evaluation_records (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    year integer NOT NULL,
    rating character varying(40) NOT NULL,
    score_tenths integer,
    CONSTRAINT pk_evaluation_records PRIMARY KEY (id),
    CONSTRAINT ck_evaluation_records_score CHECK (score_tenths IS NULL OR score_tenths BETWEEN 0 AND 1000),
    CONSTRAINT fk_evaluation_records_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE
);

CREATE TABLE discipline_entries (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    authority character varying(20) NOT NULL,
    form character varying(40) NOT NULL,
    decision_number character varying(100),
    decided_on date NOT NULL,
    effective_on date NOT NULL,
    complaint_pending boolean NOT NULL,
    complaint_decided_on date,
    new_violation boolean NOT NULL,
    is_collective boolean NOT NULL,
    annulled boolean NOT NULL,
    CONSTRAINT pk_discipline_entries PRIMARY KEY (id),
    CONSTRAINT ck_discipline_entries_dates CHECK (effective_on >= decided_on),
    CONSTRAINT fk_discipline_entries_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE
);

CREATE TABLE political_standard_conclusions (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    concluded_on date NOT NULL,
    met boolean NOT NULL,
    note character varying(2000),
    CONSTRAINT pk_political_standard_conclusions PRIMARY KEY (id),
    CONSTRAINT fk_political_standard_conclusions_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE
);

CREATE INDEX ix_assignments_cadre_id ON assignments (cadre_id);
CREATE INDEX ix_assignments_title_id_to ON assignments (title_id, "to");
CREATE UNIQUE INDEX ix_bodies_code ON bodies (code);
CREATE INDEX ix_bodies_organisation_id ON bodies (organisation_id);
CREATE INDEX ix_body_memberships_body_id ON body_memberships (body_id);
CREATE INDEX ix_body_memberships_cadre_id ON body_memberships (cadre_id);
CREATE UNIQUE INDEX ix_cadres_code ON cadres (code);

CREATE INDEX ix_cadres_code_trgm ON cadres USING gin (code gin_trgm_ops);

-- Codes compare ignoring case (the Excel import): an expression index, which the EF model cannot declare.
CREATE INDEX ix_cadres_code_upper ON cadres (upper(code));
CREATE INDEX ix_cadres_given_name_full_name ON cadres (given_name, full_name);

CREATE INDEX ix_cadres_organisation_id ON cadres (organisation_id);
CREATE INDEX ix_cadres_search_name ON cadres USING gin (search_name gin_trgm_ops);
CREATE INDEX ix_discipline_entries_cadre_id ON discipline_entries (cadre_id);
CREATE INDEX ix_education_records_cadre_id ON education_records (cadre_id);
CREATE UNIQUE INDEX ix_evaluation_records_cadre_id_year ON evaluation_records (cadre_id, year);
CREATE INDEX ix_management_authorities_approving_body_id ON management_authorities (approving_body_id);
CREATE UNIQUE INDEX ix_management_authorities_code ON management_authorities (code);
CREATE INDEX ix_management_authorities_organisation_id ON management_authorities (organisation_id);
CREATE INDEX ix_political_standard_conclusions_cadre_id ON political_standard_conclusions (cadre_id);
CREATE INDEX ix_political_theory_records_cadre_id ON political_theory_records (cadre_id);
CREATE INDEX ix_state_management_records_cadre_id ON state_management_records (cadre_id);
CREATE UNIQUE INDEX ix_terms_code ON terms (code);
CREATE INDEX ix_title_source_group_members_source_title_id ON title_source_group_members (source_title_id);
CREATE UNIQUE INDEX ix_title_source_groups_title_id_number ON title_source_groups (title_id, number);
CREATE UNIQUE INDEX ix_titles_code ON titles (code);
CREATE INDEX ix_titles_management_authority_id ON titles (management_authority_id);
CREATE INDEX ix_titles_organisation_id ON titles (organisation_id);
