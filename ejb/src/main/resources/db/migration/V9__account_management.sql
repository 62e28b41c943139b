-- Accounts administrators manage: a password reset by an administrator must be changed at the
-- next sign-in (must_change_password); when the password was last reset or changed (UTC).
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(3);
