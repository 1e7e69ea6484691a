-- 0033: the version of the unit tree. The scope of an account (its unit, every unit below, R-ORG-5's successors and
-- history) was walked by a recursive query on every request: 55-115 ms at the 4,444 units of a national registry under
-- load (bench/national.sh). The application now keeps the tree in memory and walks it there, and reads this one row to
-- know whether its copy still holds: every statement that changes organisations or the units of an event (insert,
-- update, delete, truncate; any path, COPY included) gives the tree a new random token, in the same transaction.
-- A random token, not a counter: two databases (a restore, a test's fresh database) never share one for another tree.

CREATE TABLE organisation_tree_version (
    id boolean NOT NULL DEFAULT true CONSTRAINT ck_organisation_tree_version_one_row CHECK (id),
    token uuid NOT NULL,
    CONSTRAINT pk_organisation_tree_version PRIMARY KEY (id)
);

INSERT INTO organisation_tree_version (token) VALUES (gen_random_uuid());

CREATE FUNCTION organisation_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organisation_tree_version SET token = gen_random_uuid();
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_organisations_tree_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION organisation_tree_changed();

CREATE TRIGGER tr_unit_event_units_tree_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_event_units
    FOR EACH STATEMENT EXECUTE FUNCTION organisation_tree_changed();
