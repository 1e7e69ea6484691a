-- 0028: cấp hành chính and dated unit events (R-ORG-1..4). Every existing unit is provincial unless it is a commune;
-- district units are marked by hand (they keep their history, R-ORG-2). A merger, split or rename ends its
-- predecessors on its date (organisations.ended_on) and carries assignments, memberships and plan entries to the
-- successors; each carried record points to the one it continues (carried_from_id), once only.

ALTER TABLE organisations ADD COLUMN level character varying(20) NOT NULL DEFAULT 'Province';
UPDATE organisations SET level = 'Commune' WHERE kind = 'Commune';
ALTER TABLE organisations ALTER COLUMN level DROP DEFAULT;
ALTER TABLE organisations ADD COLUMN ended_on date;

CREATE TABLE unit_events (
    id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    effective_on date NOT NULL,
    basis character varying(300) NOT NULL,
    request_key uuid NOT NULL,
    recorded_by_user_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_unit_events PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ux_unit_events_request_key ON unit_events (request_key);

CREATE TABLE unit_event_units (
    event_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    is_predecessor boolean NOT NULL,
    CONSTRAINT pk_unit_event_units PRIMARY KEY (event_id, organisation_id),
    CONSTRAINT fk_unit_event_units_unit_events_event_id FOREIGN KEY (event_id) REFERENCES unit_events (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_event_units_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

-- A unit ends once: the second of two events (a double submit, two administrators) ending the same unit is refused.
CREATE UNIQUE INDEX ux_unit_event_units_predecessor ON unit_event_units (organisation_id) WHERE is_predecessor;

CREATE TABLE unit_event_titles (
    event_id uuid NOT NULL,
    old_title_id uuid NOT NULL,
    new_title_id uuid NOT NULL,
    CONSTRAINT pk_unit_event_titles PRIMARY KEY (event_id, old_title_id),
    CONSTRAINT fk_unit_event_titles_unit_events_event_id FOREIGN KEY (event_id) REFERENCES unit_events (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_event_titles_titles_new_title_id FOREIGN KEY (new_title_id) REFERENCES titles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_unit_event_titles_titles_old_title_id FOREIGN KEY (old_title_id) REFERENCES titles (id) ON DELETE RESTRICT
);

CREATE INDEX ix_unit_event_titles_new_title_id ON unit_event_titles (new_title_id);

CREATE INDEX ix_unit_event_titles_old_title_id ON unit_event_titles (old_title_id);

CREATE TABLE unit_event_cadres (
    event_id uuid NOT NULL,
    cadre_id uuid NOT NULL,
    from_organisation_id uuid NOT NULL,
    to_organisation_id uuid NOT NULL,
    CONSTRAINT pk_unit_event_cadres PRIMARY KEY (event_id, cadre_id),
    CONSTRAINT fk_unit_event_cadres_unit_events_event_id FOREIGN KEY (event_id) REFERENCES unit_events (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_event_cadres_cadres_cadre_id FOREIGN KEY (cadre_id) REFERENCES cadres (id) ON DELETE RESTRICT
);

CREATE INDEX ix_unit_event_cadres_cadre_id ON unit_event_cadres (cadre_id);

ALTER TABLE plan_entries ADD COLUMN carried_from_id uuid;
CREATE UNIQUE INDEX ux_plan_entries_carried_from_id ON plan_entries (carried_from_id);

ALTER TABLE assignments ADD COLUMN carried_from_id uuid;
CREATE UNIQUE INDEX ux_assignments_carried_from_id ON assignments (carried_from_id);

ALTER TABLE body_memberships ADD COLUMN carried_from_id uuid;
CREATE UNIQUE INDEX ux_body_memberships_carried_from_id ON body_memberships (carried_from_id);
