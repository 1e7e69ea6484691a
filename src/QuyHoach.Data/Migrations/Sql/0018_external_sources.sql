-- 0018: sources from elsewhere (nguồn từ nơi khác, R-OTH-1).
--
-- A person working at another agency is registered as a cadre of the round's unit (so ballots, results, documents
-- and plans reference them like anyone else; see docs/adr/0009-sources-from-elsewhere.md) and this row keeps what the registry cannot hold of a post
-- elsewhere: the agency, the post, the agency's written opinion, and the unit's title taken as equivalent (the source
-- group the person is screened in). One person (folded name and birth date) once per round: a repeated submit finds
-- the row already there.

CREATE TABLE external_sources (
    id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    round_id uuid NOT NULL,
    agency character varying(300) NOT NULL,
    post character varying(300) NOT NULL,
    equivalent_title_id uuid NOT NULL,
    home_opinion character varying(500) NOT NULL,
    person_key character varying(220) NOT NULL,
    added_by_user_id uuid NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_external_sources PRIMARY KEY (id),
    CONSTRAINT fk_external_sources_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE CASCADE,
    CONSTRAINT fk_external_sources_planning_rounds_round_id FOREIGN KEY (round_id) REFERENCES planning_rounds (id) ON DELETE RESTRICT,
    CONSTRAINT fk_external_sources_titles_equivalent_title_id FOREIGN KEY (equivalent_title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_external_sources_users_added_by_user_id FOREIGN KEY (added_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_external_sources_cadre_id ON external_sources (cadre_id);
CREATE UNIQUE INDEX ix_external_sources_round_id_person_key ON external_sources (round_id, person_key);
CREATE INDEX ix_external_sources_equivalent_title_id ON external_sources (equivalent_title_id);
CREATE INDEX ix_external_sources_added_by_user_id ON external_sources (added_by_user_id);
