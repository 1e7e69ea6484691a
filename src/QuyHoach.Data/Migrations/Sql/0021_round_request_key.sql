-- 0021: "Tạo đợt quy hoạch" sent twice (a double click, a retried request) made two identical draft rounds. The form
-- and the API now carry a request key (the form's hidden field, made when the form is shown; the API's
-- Idempotency-Key header); the database keeps one round per user and key, so the second request finds the first
-- round instead of creating another.

ALTER TABLE planning_rounds ADD COLUMN request_key character varying(100);

CREATE UNIQUE INDEX ux_planning_rounds_request_key ON planning_rounds (request_key, created_by_user_id) WHERE request_key IS NOT NULL;
