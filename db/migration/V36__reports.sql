-- Reports (举报): anyone — a colleague, a relative, with an account or anonymously — reports a leave violation at an
-- employer without being the person harmed (劳动保障监察条例 Art. 9). A report is a row of complaint with kind REPORT:
-- always confidential, no complainant identity when anonymous, an optional contact, the number of affected employees
-- the reporter gives, and a hash of the client address for the rate limit of anonymous reports.
ALTER TABLE complaint ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'COMPLAINT';
ALTER TABLE complaint MODIFY complainant_username VARCHAR(64) NULL;
ALTER TABLE complaint MODIFY complainant_name VARCHAR(64) NULL;
ALTER TABLE complaint MODIFY complainant_resident_id CHAR(18) NULL;
ALTER TABLE complaint MODIFY complainant_phone VARCHAR(20) NULL;
ALTER TABLE complaint MODIFY violation_date DATE NULL;
ALTER TABLE complaint ADD COLUMN reporter_contact_name VARCHAR(64) NULL;
ALTER TABLE complaint ADD COLUMN reporter_contact_phone VARCHAR(20) NULL;
ALTER TABLE complaint ADD COLUMN reported_affected INT NULL;
ALTER TABLE complaint ADD COLUMN reporter_address_hash CHAR(64) NULL;
CREATE INDEX ix_complaint_reporter_address ON complaint (reporter_address_hash, created_at);
