-- Complaints from every channel (issue 13). A complaint lodged by district staff on behalf of a person (at the
-- counter, on the 12333 hotline, by letter) names the channel and the staff member who took it down; the person
-- may have no account yet (complainant_username stays empty until they register with that resident ID and phone).
-- The signed record of an oral complaint (笔录) or the letter is a document of the case.
ALTER TABLE complaint ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'WEB';
ALTER TABLE complaint ADD COLUMN lodged_by VARCHAR(64) NULL;
ALTER TABLE complaint ADD COLUMN intake_record_document_id BIGINT NULL;
CREATE INDEX ix_complaint_resident_id ON complaint (complainant_resident_id);

-- A collective complaint (集体投诉): the affected employees besides the one lodging it, each with the entitlement the
-- rules give them. Identity columns are read only by the complainants' side and staff, as in complaint.
CREATE TABLE complaint_co_complainant (
    case_no           VARCHAR(32)   NOT NULL,
    position          INT           NOT NULL,
    name              VARCHAR(64)   NOT NULL,
    resident_id       CHAR(18)      NOT NULL,
    child_birth_date  DATE          NULL,
    babies            INT           NULL,
    difficult_birth   BOOLEAN       NOT NULL,
    days_granted      INT           NULL,
    entitled_days     INT           NULL,
    entitlement_note  VARCHAR(500)  NULL,
    PRIMARY KEY (case_no, position),
    CONSTRAINT uq_co_complainant UNIQUE (case_no, resident_id)
);

-- Accounts that act for the applicant of a case besides the applicant's own (the elected representatives of a
-- collective complaint, at most 5): they read the case as the applicant does, receive its notices, rate it.
CREATE TABLE case_party (
    case_no    VARCHAR(32)  NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    part       VARCHAR(20)  NOT NULL,
    added_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (case_no, username)
);
CREATE INDEX ix_case_party_user ON case_party (username);
