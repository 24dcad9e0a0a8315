-- Accounts registered by their owners (issue 12): an employer's first account waits for the district's
-- confirmation (PENDING), a refused one stays REJECTED; the session version ends every session of an account
-- when it is raised ("log out everywhere", a disabled account, a password reset).
ALTER TABLE app_user ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE app_user ADD COLUMN session_version INT NOT NULL DEFAULT 0;
CREATE INDEX ix_user_phone ON app_user (phone);
CREATE INDEX ix_user_resident ON app_user (resident_id);
