-- 0012: the month a source-list line's months of working life were counted from (yyyy-MM): the round's reference
-- month for the current term, the first month of the next term for a next-term plan (R-AGE-1, R-CI45), kept with the
-- verdict so the list names it. Null for lines screened before this column existed.

ALTER TABLE source_list_entries ADD COLUMN age_reference varchar(7);
