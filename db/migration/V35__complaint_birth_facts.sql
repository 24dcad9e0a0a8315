-- What the complainant states about the birth, so that the statutory entitlement beside the complaint is hers:
-- a birth or a miscarriage (with the completed months of pregnancy), a difficult birth, a lawful birth
-- (符合法律法规规定生育; the Shanghai additions need it). babies was stored already.
ALTER TABLE complaint ADD COLUMN leave_event VARCHAR(16) NOT NULL DEFAULT 'BIRTH';
ALTER TABLE complaint ADD COLUMN difficult_birth BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE complaint ADD COLUMN lawful_birth BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE complaint ADD COLUMN pregnancy_months INT NULL;

-- an open complaint of the same person against the same employer about the same leave, flagged at lodging
ALTER TABLE complaint ADD COLUMN possible_duplicate_of VARCHAR(32) NULL;
