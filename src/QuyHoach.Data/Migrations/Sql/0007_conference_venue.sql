-- 0007: the venue (địa điểm) and start time (giờ bắt đầu) of a conference. The tally minutes are a legal record and
-- must say where and when the conference sat; until now they printed the unit's seat and the time of the first tally.
-- Both columns are nullable: conferences opened before this migration have neither, and the minutes fall back to those
-- guesses for them. The start time is the local (Vietnam) time of day on held_on, hence `time` without a zone.

ALTER TABLE conferences ADD venue character varying(300);

ALTER TABLE conferences ADD starts_at time without time zone;
