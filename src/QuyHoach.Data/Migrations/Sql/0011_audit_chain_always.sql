-- 0011: the audit chain's insert trigger fires whatever session_replication_role says (docs/security.md).
--
-- 0003 made the refusal of UPDATE, DELETE and TRUNCATE ENABLE ALWAYS but left the chain trigger at the default
-- (ENABLE ORIGIN), so a session under session_replication_role = replica could insert a row with its own id, time
-- and a hash it computed itself: a backdated row that the chain accepted. ALWAYS makes the database stamp every
-- inserted row, replica mode or not. Only someone who can ALTER the table (its owner, a superuser) can switch the
-- trigger off; the application's role owns nothing (docs/operations.md, "Vai trò CSDL"), and `qh audit verify`
-- also refuses a row whose time is earlier than the row before it.

ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_chain;
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_no_truncate;

-- The log is written only through the chain trigger: nobody but the owner may do more than read and append.
REVOKE ALL ON audit_events FROM PUBLIC;
