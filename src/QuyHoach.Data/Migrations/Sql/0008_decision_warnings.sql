-- 0008: the warnings a decision was recorded with (a late approval beyond R-AUTH-2's 30 working days is accepted with
-- a warning, since the deadline binds the approving body and does not void its decision), kept so the decision shows
-- them later and not only in the answer to the request that recorded it. One warning per line; null when none.

ALTER TABLE plan_decisions ADD COLUMN warnings text;
