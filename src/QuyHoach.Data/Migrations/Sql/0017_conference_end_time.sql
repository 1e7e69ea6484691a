-- 0017: the end time (giờ kết thúc) of a conference, as staff record it.
--
-- The tally minutes close with "Biên bản kết thúc vào hồi … giờ … phút": until now they printed the time the results
-- were computed, a server clock that says nothing about when the conference ended. Nullable: when nobody recorded it,
-- the minutes leave the line dotted for hand-writing. Local (Vietnam) time of day on held_on, like starts_at (0007).

ALTER TABLE conferences ADD ends_at time without time zone;
