-- 0037: the incumbents retiring before a month, found by index (issue 14). The home page and the reports' "retiring
-- soon" read only the holders born on or before the last birth month that retires before the horizon
-- (IncumbentsRead.LastBirths, from RetirementRule, R-AGE-4) or with a personal retirement age. Without these two
-- indexes that condition is evaluated on every cadre (100,000 at province size) on every request.
-- The expression is the one the reports' query writes (BenchReader.Holders): birth year × 12 + month (January when
-- the month is unknown) - 1; PostgreSQL uses the index only for that exact expression, and checks the sex on the rows.
CREATE INDEX ix_cadres_retirement_inputs ON cadres (((birth_year * 12 + COALESCE(birth_month, 1)) - 1));
CREATE INDEX ix_cadres_personal_retirement_age ON cadres (retirement_age_override_months) WHERE retirement_age_override_months IS NOT NULL;
-- An expression index has no statistics until its table is analysed: without them PostgreSQL guesses a third of the
-- cadres and scans them all.
ANALYZE cadres;
