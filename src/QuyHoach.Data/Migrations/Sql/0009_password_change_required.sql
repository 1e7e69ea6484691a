-- 0009: an administrator's password reset sets a temporary password that the user must replace at the next sign-in
-- (docs/security.md); until then only the password change page is reachable.

ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
