-- 0004: planning rounds and conferences (C4): rounds with their titles and template steps, the source list with
-- verdict snapshots, conferences with the convening list and counting committee, ballots per title, double-entered
-- tallies, corrections with before/after, and the head's tie decisions. Generated once from the EF Core model.

CREATE TABLE planning_rounds (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    management_authority_id uuid NOT NULL,
    term_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    name character varying(300) NOT NULL,
    reference_year integer NOT NULL,
    reference_month integer NOT NULL,
    rule_set_id character varying(50),
    rule_set_version character varying(30),
    rule_set_frozen_at timestamp with time zone,
    status character varying(20) NOT NULL,
    created_by_user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT pk_planning_rounds PRIMARY KEY (id),
    CONSTRAINT ck_planning_rounds_reference_month CHECK (reference_month BETWEEN 1 AND 12),
    CONSTRAINT "fk_planning_rounds_management_authorities_management_authority~" FOREIGN KEY (management_authority_id) REFERENCES management_authorities (id) ON DELETE RESTRICT,
    CONSTRAINT fk_planning_rounds_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_planning_rounds_terms_term_id FOREIGN KEY (term_id) REFERENCES terms (id) ON DELETE RESTRICT,
    CONSTRAINT fk_planning_rounds_users_created_by_user_id FOREIGN KEY (created_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE round_steps (
    id uuid NOT NULL,
    round_id uuid NOT NULL,
    number integer NOT NULL,
    name character varying(300) NOT NULL,
    vote character varying(40),
    body_id uuid,
    announced boolean NOT NULL,
    invites_others boolean NOT NULL,
    due_on date,
    completed_on date,
    CONSTRAINT pk_round_steps PRIMARY KEY (id),
    CONSTRAINT fk_round_steps_bodies_body_id FOREIGN KEY (body_id) REFERENCES bodies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_round_steps_planning_rounds_round_id FOREIGN KEY (round_id) REFERENCES planning_rounds (id) ON DELETE CASCADE
);

CREATE TABLE planning_round_titles (
    round_id uuid NOT NULL,
    title_id uuid NOT NULL,
    quota integer NOT NULL,
    CONSTRAINT pk_planning_round_titles PRIMARY KEY (round_id, title_id),
    CONSTRAINT ck_planning_round_titles_quota CHECK (quota >= 0),
    CONSTRAINT fk_planning_round_titles_planning_rounds_round_id FOREIGN KEY (round_id) REFERENCES planning_rounds (id) ON DELETE CASCADE,
    CONSTRAINT fk_planning_round_titles_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT
);

CREATE TABLE source_list_entries (
    id uuid NOT NULL,
    round_id uuid NOT NULL,
    title_id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    outcome character varying(40) NOT NULL,
    reasons_json jsonb NOT NULL,
    months_remaining integer NOT NULL,
    required_months integer NOT NULL,
    source_group integer,
    rule_set_ref character varying(90) NOT NULL,
    justification character varying(2000),
    action character varying(30),
    grounds character varying(2000),
    added_by_user_id uuid NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_source_list_entries PRIMARY KEY (id),
    CONSTRAINT fk_source_list_entries_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_source_list_entries_planning_rounds_round_id FOREIGN KEY (round_id) REFERENCES planning_rounds (id) ON DELETE CASCADE,
    CONSTRAINT fk_source_list_entries_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_source_list_entries_users_added_by_user_id FOREIGN KEY (added_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE conferences (
    id uuid NOT NULL,
    step_id uuid NOT NULL,
    held_on date NOT NULL,
    opened_by_user_id uuid NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_conferences PRIMARY KEY (id),
    CONSTRAINT fk_conferences_round_steps_step_id FOREIGN KEY (step_id) REFERENCES round_steps (id) ON DELETE CASCADE,
    CONSTRAINT fk_conferences_users_opened_by_user_id FOREIGN KEY (opened_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE round_step_bodies (
    step_id uuid NOT NULL,
    body_id uuid NOT NULL,
    CONSTRAINT pk_round_step_bodies PRIMARY KEY (step_id, body_id),
    CONSTRAINT fk_round_step_bodies_bodies_body_id FOREIGN KEY (body_id) REFERENCES bodies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_round_step_bodies_round_steps_step_id FOREIGN KEY (step_id) REFERENCES round_steps (id) ON DELETE CASCADE
);

CREATE TABLE ballots (
    id uuid NOT NULL,
    conference_id uuid NOT NULL,
    title_id uuid NOT NULL,
    vote character varying(40) NOT NULL,
    status character varying(30) NOT NULL,
    accepted_entry_id uuid,
    resolved_by_user_id uuid,
    resolution_reason character varying(2000),
    results_computed_at timestamp with time zone,
    min_agree_to_pass integer,
    seats_for_head integer NOT NULL,
    CONSTRAINT pk_ballots PRIMARY KEY (id),
    CONSTRAINT fk_ballots_conferences_conference_id FOREIGN KEY (conference_id) REFERENCES conferences (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballots_titles_title_id FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_ballots_users_resolved_by_user_id FOREIGN KEY (resolved_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE convened_members (
    id uuid NOT NULL,
    conference_id uuid NOT NULL,
    cadre_id uuid,
    full_name character varying(200) NOT NULL,
    position character varying(300) NOT NULL,
    invited boolean NOT NULL,
    is_head boolean NOT NULL,
    present boolean NOT NULL,
    CONSTRAINT pk_convened_members PRIMARY KEY (id),
    CONSTRAINT fk_convened_members_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_convened_members_conferences_conference_id FOREIGN KEY (conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);

CREATE TABLE counting_committee_members (
    conference_id uuid NOT NULL,
    user_id uuid NOT NULL,
    CONSTRAINT pk_counting_committee_members PRIMARY KEY (conference_id, user_id),
    CONSTRAINT fk_counting_committee_members_conferences_conference_id FOREIGN KEY (conference_id) REFERENCES conferences (id) ON DELETE CASCADE,
    CONSTRAINT fk_counting_committee_members_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE ballot_candidates (
    id uuid NOT NULL,
    ballot_id uuid NOT NULL,
    position integer NOT NULL,
    cadre_id uuid,
    full_name character varying(200) NOT NULL,
    written_in boolean NOT NULL,
    passed_previous_steps boolean NOT NULL,
    agree integer,
    passed boolean,
    selected boolean,
    blocked_by_sequence boolean NOT NULL,
    CONSTRAINT pk_ballot_candidates PRIMARY KEY (id),
    CONSTRAINT fk_ballot_candidates_ballots_ballot_id FOREIGN KEY (ballot_id) REFERENCES ballots (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_candidates_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT
);

CREATE TABLE head_decisions (
    id uuid NOT NULL,
    ballot_id uuid NOT NULL,
    decided_by_cadre_id uuid NOT NULL,
    decided_on date NOT NULL,
    chosen_candidate_ids uuid[] NOT NULL,
    reason character varying(2000) NOT NULL,
    recorded_by_user_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_head_decisions PRIMARY KEY (id),
    CONSTRAINT fk_head_decisions_ballots_ballot_id FOREIGN KEY (ballot_id) REFERENCES ballots (id) ON DELETE CASCADE,
    CONSTRAINT fk_head_decisions_cadres_decided_by_cadre_id FOREIGN KEY (decided_by_cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT,
    CONSTRAINT fk_head_decisions_users_recorded_by_user_id FOREIGN KEY (recorded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE tally_corrections (
    id uuid NOT NULL,
    ballot_id uuid NOT NULL,
    corrected_by_user_id uuid NOT NULL,
    corrected_at timestamp with time zone NOT NULL,
    reason character varying(2000) NOT NULL,
    before_json jsonb NOT NULL,
    after_json jsonb NOT NULL,
    CONSTRAINT pk_tally_corrections PRIMARY KEY (id),
    CONSTRAINT fk_tally_corrections_ballots_ballot_id FOREIGN KEY (ballot_id) REFERENCES ballots (id) ON DELETE CASCADE,
    CONSTRAINT fk_tally_corrections_users_corrected_by_user_id FOREIGN KEY (corrected_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE tally_entries (
    id uuid NOT NULL,
    ballot_id uuid NOT NULL,
    entered_by_user_id uuid NOT NULL,
    entered_at timestamp with time zone NOT NULL,
    superseded boolean NOT NULL,
    issued integer NOT NULL,
    returned integer NOT NULL,
    valid integer NOT NULL,
    invalid integer NOT NULL,
    CONSTRAINT pk_tally_entries PRIMARY KEY (id),
    CONSTRAINT ck_tally_entries_numbers CHECK (returned <= issued AND returned = valid + invalid AND invalid >= 0 AND valid >= 0),
    CONSTRAINT fk_tally_entries_ballots_ballot_id FOREIGN KEY (ballot_id) REFERENCES ballots (id) ON DELETE CASCADE,
    CONSTRAINT fk_tally_entries_users_entered_by_user_id FOREIGN KEY (entered_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE tally_entry_votes (
    entry_id uuid NOT NULL,
    candidate_id uuid NOT NULL,
    agree integer NOT NULL,
    CONSTRAINT pk_tally_entry_votes PRIMARY KEY (entry_id, candidate_id),
    CONSTRAINT ck_tally_entry_votes_agree CHECK (agree >= 0),
    CONSTRAINT fk_tally_entry_votes_ballot_candidates_candidate_id FOREIGN KEY (candidate_id) REFERENCES ballot_candidates (id) ON DELETE CASCADE,
    CONSTRAINT fk_tally_entry_votes_tally_entries_entry_id FOREIGN KEY (entry_id) REFERENCES tally_entries (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_ballot_candidates_ballot_id_position ON ballot_candidates (ballot_id, position);

CREATE INDEX ix_ballot_candidates_cadre_id ON ballot_candidates (cadre_id);

CREATE UNIQUE INDEX ix_ballots_conference_id_title_id ON ballots (conference_id, title_id);

CREATE INDEX ix_ballots_resolved_by_user_id ON ballots (resolved_by_user_id);

CREATE INDEX ix_ballots_title_id ON ballots (title_id);

CREATE INDEX ix_conferences_opened_by_user_id ON conferences (opened_by_user_id);

CREATE UNIQUE INDEX ix_conferences_step_id ON conferences (step_id);

CREATE INDEX ix_convened_members_cadre_id ON convened_members (cadre_id);

CREATE UNIQUE INDEX ix_convened_members_conference_id_cadre_id ON convened_members (conference_id, cadre_id);

CREATE INDEX ix_counting_committee_members_user_id ON counting_committee_members (user_id);

CREATE UNIQUE INDEX ix_head_decisions_ballot_id ON head_decisions (ballot_id);

CREATE INDEX ix_head_decisions_decided_by_cadre_id ON head_decisions (decided_by_cadre_id);

CREATE INDEX ix_head_decisions_recorded_by_user_id ON head_decisions (recorded_by_user_id);

CREATE INDEX ix_planning_round_titles_title_id ON planning_round_titles (title_id);

CREATE INDEX ix_planning_rounds_created_by_user_id ON planning_rounds (created_by_user_id);

CREATE INDEX ix_planning_rounds_management_authority_id ON planning_rounds (management_authority_id);

CREATE INDEX ix_planning_rounds_organisation_id ON planning_rounds (organisation_id);

CREATE INDEX ix_planning_rounds_term_id ON planning_rounds (term_id);

CREATE INDEX ix_round_step_bodies_body_id ON round_step_bodies (body_id);

CREATE INDEX ix_round_steps_body_id ON round_steps (body_id);

CREATE UNIQUE INDEX ix_round_steps_round_id_number ON round_steps (round_id, number);

CREATE INDEX ix_source_list_entries_added_by_user_id ON source_list_entries (added_by_user_id);

CREATE INDEX ix_source_list_entries_cadre_id ON source_list_entries (cadre_id);

CREATE UNIQUE INDEX ix_source_list_entries_round_id_title_id_cadre_id ON source_list_entries (round_id, title_id, cadre_id);

CREATE INDEX ix_source_list_entries_title_id ON source_list_entries (title_id);

CREATE INDEX ix_tally_corrections_ballot_id ON tally_corrections (ballot_id);

CREATE INDEX ix_tally_corrections_corrected_by_user_id ON tally_corrections (corrected_by_user_id);

CREATE INDEX ix_tally_entries_ballot_id ON tally_entries (ballot_id);

CREATE INDEX ix_tally_entries_entered_by_user_id ON tally_entries (entered_by_user_id);

CREATE INDEX ix_tally_entry_votes_candidate_id ON tally_entry_votes (candidate_id);
