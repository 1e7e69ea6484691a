-- 0027: số định danh cá nhân (R-PIN-1), the key of a cadre's record in the national database (R-PIN-2): twelve
-- digits, checked by the application against the cadre's sex and birth year; one cadre per number, so the database
-- refuses a second record with the same number whichever path writes it. Existing records have none until completed.

ALTER TABLE cadres ADD COLUMN personal_id_number character varying(12);

ALTER TABLE cadres ADD CONSTRAINT ck_cadres_personal_id_number CHECK (personal_id_number ~ '^[0-9]{12}$');

CREATE UNIQUE INDEX ux_cadres_personal_id_number ON cadres (personal_id_number) WHERE personal_id_number IS NOT NULL;
