-- 0015: one seat per person per body at any date.
--
-- Memberships are dated: ending one sets its end date and keeps it as history. Two memberships of the same person in
-- the same body whose periods overlap would count that person twice on a convening list, so the database refuses
-- them whatever the caller. A trigger rather than an exclusion constraint: an exclusion on (body, cadre, period)
-- needs the btree_gist extension, which an operator's cluster may not offer. The advisory lock serialises two
-- inserts for the same person and body, so neither misses the other. The error is exclusion_violation (23P01).

CREATE FUNCTION body_memberships_no_overlap() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW.body_id::text || NEW.cadre_id::text, 15));
    IF EXISTS (
        SELECT 1 FROM body_memberships m
        WHERE m.body_id = NEW.body_id AND m.cadre_id = NEW.cadre_id AND m.id <> NEW.id
          AND daterange(m."from", m."to", '[]') && daterange(NEW."from", NEW."to", '[]'))
    THEN
        RAISE EXCEPTION 'overlapping membership of cadre % in body %', NEW.cadre_id, NEW.body_id
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'ex_body_memberships_no_overlap';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER body_memberships_no_overlap
BEFORE INSERT OR UPDATE OF body_id, cadre_id, "from", "to" ON body_memberships
FOR EACH ROW EXECUTE FUNCTION body_memberships_no_overlap();
