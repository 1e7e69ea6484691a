-- 0030: exchange with the national cadre database (R-PIN-2, R-XCH-1..3).
--
-- "Changed since" reads cadres.updated_at, which every path of the application sets when it writes a cadre. The
-- index makes the 3-working-day synchronisation a range scan; the trigger is the safety net for a path that writes a
-- cadre without setting it (an UPDATE that leaves updated_at as it was but changes any other column gets now()).
CREATE INDEX ix_cadres_updated_at ON cadres (updated_at);

CREATE FUNCTION cadres_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.updated_at = OLD.updated_at AND (NEW.*) IS DISTINCT FROM (OLD.*) THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER tr_cadres_touch_updated_at BEFORE UPDATE ON cadres
    FOR EACH ROW EXECUTE FUNCTION cadres_touch_updated_at();

-- One uploaded exchange file of one account, between its report of differences and the confirmation. The records
-- (or the problems that refused the file) are JSON written by the exchange feature; applied_at is set by the one
-- conditional UPDATE that claims the upload, in the transaction that writes the records, so of two submits one wins.
CREATE TABLE exchange_uploads (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    file_name character varying(260) NOT NULL,
    records jsonb NOT NULL,
    problems jsonb NOT NULL,
    outcome jsonb,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    applied_at timestamp with time zone,
    CONSTRAINT pk_exchange_uploads PRIMARY KEY (id),
    CONSTRAINT fk_exchange_uploads_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_exchange_uploads_owner_id ON exchange_uploads (owner_id);
CREATE INDEX ix_exchange_uploads_expires_at ON exchange_uploads (expires_at);
