-- Leave-violation complaints (休假权益投诉). Long texts are TEXT: a MySQL row holds at most 64 KB of VARCHAR. One row per case; the process instance (business key = case_no) owns the
-- procedure's state, this row owns the case data. Identity columns are read only by the complainant and staff.

CREATE TABLE complaint (
    case_no                 VARCHAR(32)   NOT NULL,
    process_instance_id     VARCHAR(64)   NULL,
    status                  VARCHAR(32)   NOT NULL,
    outcome                 VARCHAR(40)   NULL,
    -- the complainant (from the account, never from the request)
    complainant_username    VARCHAR(64)   NOT NULL,
    complainant_name        VARCHAR(64)   NOT NULL,
    complainant_resident_id CHAR(18)      NOT NULL,
    complainant_phone       VARCHAR(20)   NOT NULL,
    confidential            BOOLEAN       NOT NULL,
    -- the employer complained about
    employer_credit_code    CHAR(18)      NOT NULL,
    employer_name           VARCHAR(128)  NOT NULL,
    workplace_district      CHAR(6)       NOT NULL,
    -- the district handling it now (changes on transfer)
    district                CHAR(6)       NOT NULL,
    -- the allegation
    leave_type              VARCHAR(32)   NOT NULL,
    child_birth_date        DATE          NULL,
    babies                  INT           NULL,
    violation_date          DATE          NOT NULL,
    facts                   TEXT NOT NULL,
    request_text            TEXT NULL,
    days_granted            INT           NULL,
    -- what the law grants in this situation (rules module), next to what the employee says was granted
    entitled_days           INT           NULL,
    entitlement_note        VARCHAR(1000) NULL,
    -- status lookup without login: SHA-256 of the query code handed to the complainant
    query_code_hash         CHAR(64)      NOT NULL,
    acceptance_due          DATE          NULL,
    accepted_on             DATE          NULL,
    investigation_due       DATE          NULL,
    extended                BOOLEAN       NOT NULL DEFAULT FALSE,
    -- triage
    allegation              VARCHAR(1000) NULL,
    supplement_request      VARCHAR(1000) NULL,
    supplement              TEXT NULL,
    not_accepted_reason     VARCHAR(32)   NULL,
    triage_note             VARCHAR(1000) NULL,
    -- investigation
    employer_position       VARCHAR(32)   NULL,
    employer_statement      TEXT NULL,
    employer_responded_at   DATETIME(3)   NULL,
    union_position          VARCHAR(32)   NULL,
    union_opinion           TEXT NULL,
    investigation_record    TEXT NULL,
    extension_reason        VARCHAR(1000) NULL,
    finding                 VARCHAR(40)   NULL,
    finding_reason          TEXT NULL,
    found_on                DATE          NULL,
    affected_employees      INT           NULL,
    -- correction
    required_actions        TEXT NULL,
    correction_deadline     DATE          NULL,
    rectification_report    TEXT NULL,
    verification            VARCHAR(20)   NULL,
    verification_note       TEXT NULL,
    penalty_decision        VARCHAR(20)   NULL,
    fine_per_employee       DECIMAL(14,2) NULL,
    fine_total              DECIMAL(14,2) NULL,
    penalty_note            TEXT NULL,
    -- closure and the complainant's rating (好差评)
    withdrawal_reason       VARCHAR(1000) NULL,
    closed_on               DATE          NULL,
    rating                  INT           NULL,
    rating_comment          VARCHAR(1000) NULL,
    rated_at                DATETIME(3)   NULL,
    created_at              DATETIME(3)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL,
    PRIMARY KEY (case_no)
);
CREATE INDEX ix_complaint_complainant ON complaint (complainant_username, created_at);
CREATE INDEX ix_complaint_employer ON complaint (employer_credit_code, created_at);
CREATE INDEX ix_complaint_district ON complaint (district, status, created_at);
