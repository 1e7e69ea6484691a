-- 0013: a planning round can be cancelled (draft or in progress), with who, when and why. A cancelled round keeps
-- everything it recorded (conferences, sealed results, the audit trail); it only stops counting as a round in
-- progress (R-PRI-7) and accepts no more changes. The status column already holds the new value "Cancelled".

ALTER TABLE planning_rounds ADD cancelled_at timestamp with time zone;

ALTER TABLE planning_rounds ADD cancelled_by_user_id uuid;

ALTER TABLE planning_rounds ADD cancellation_reason character varying(2000);

ALTER TABLE planning_rounds ADD CONSTRAINT fk_planning_rounds_users_cancelled_by_user_id
    FOREIGN KEY (cancelled_by_user_id) REFERENCES users (id) ON DELETE RESTRICT;

CREATE INDEX ix_planning_rounds_cancelled_by_user_id ON planning_rounds (cancelled_by_user_id);
