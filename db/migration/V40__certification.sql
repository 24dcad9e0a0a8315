-- Fertility-friendly post certification (生育友好岗, REFERENCE.md §2.2): the application with its posts, the two
-- reviews of the current round, the site visit, the public notice and its objections; the certificate with its
-- posts and measures (the public register), and the leave-violation findings its revocation review looks at.

CREATE TABLE certification_application (
    case_no                  VARCHAR(32)   NOT NULL,
    process_instance_id      VARCHAR(64)   NULL,
    -- UNDER_REVIEW, CHANGES_REQUESTED, SITE_VISIT, IN_NOTICE, OBJECTION_REVIEW, CERTIFIED, REJECTED, WITHDRAWN
    status                   VARCHAR(32)   NOT NULL,
    applicant_username       VARCHAR(64)   NOT NULL,
    employer_credit_code     CHAR(18)      NOT NULL,
    employer_name            VARCHAR(128)  NOT NULL,
    district                 CHAR(6)       NOT NULL,
    -- the certificate this application renews, when the employer holds one
    renewal_of               VARCHAR(32)   NULL,
    first_application        BOOLEAN       NOT NULL,
    written_in_contract      BOOLEAN       NOT NULL,
    consultation_date        DATE          NOT NULL,
    consultation_body        VARCHAR(64)   NOT NULL,
    consultation_summary     TEXT          NOT NULL,
    contact_name             VARCHAR(64)   NOT NULL,
    contact_phone            VARCHAR(20)   NOT NULL,
    -- the compliance check: substantiated violations in the look-back period (comma-separated case numbers)
    violation_cases          VARCHAR(500)  NULL,
    standing_checked_at      DATETIME(3)   NULL,
    -- the last employer_violation id the check saw (ids, not times: MySQL is sent whole seconds)
    violations_seen_id       BIGINT        NULL,
    review_round             INT           NOT NULL,
    hrb_decision             VARCHAR(24)   NULL,
    hrb_text                 TEXT          NULL,
    hrb_by_lead              BOOLEAN       NULL,
    hrb_at                   DATETIME(3)   NULL,
    union_decision           VARCHAR(24)   NULL,
    union_text               TEXT          NULL,
    union_by_lead            BOOLEAN       NULL,
    union_at                 DATETIME(3)   NULL,
    -- what the employer was asked to change in the last round, and what it said it changed
    change_request           TEXT          NULL,
    change_note              TEXT          NULL,
    site_visit_needed        BOOLEAN       NULL,
    site_visit_result        VARCHAR(24)   NULL,
    site_visit_date          DATE          NULL,
    site_visit_findings      TEXT          NULL,
    notice_from              DATE          NULL,
    notice_until             DATE          NULL,
    objection_decision       VARCHAR(24)   NULL,
    objection_reason         TEXT          NULL,
    -- why the application was rejected or withdrawn, as the employer reads it
    outcome_reason           TEXT          NULL,
    certificate_no           VARCHAR(32)   NULL,
    closed_on                DATE          NULL,
    -- one open application per employer: the credit code while open, NULL once closed
    active_key               CHAR(18)      NULL,
    created_at               DATETIME(3)   NOT NULL,
    updated_at               DATETIME(3)   NOT NULL,
    PRIMARY KEY (case_no),
    CONSTRAINT uq_certification_active UNIQUE (active_key)
);
CREATE INDEX ix_certification_employer ON certification_application (employer_credit_code, created_at);
CREATE INDEX ix_certification_district ON certification_application (district, status, created_at);

CREATE TABLE certification_post (
    case_no        VARCHAR(32)   NOT NULL,
    post_no        INT           NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    department     VARCHAR(100)  NULL,
    headcount      INT           NOT NULL,
    working_time   VARCHAR(500)  NOT NULL,
    -- comma-separated Measure names
    measures       VARCHAR(200)  NOT NULL,
    other_measure  VARCHAR(500)  NULL,
    eligibility    VARCHAR(500)  NOT NULL,
    PRIMARY KEY (case_no, post_no)
);

-- objections lodged during the public notice; the lodger's address only as a hash (the hourly limit)
CREATE TABLE certification_objection (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    case_no        VARCHAR(32)   NOT NULL,
    reason         TEXT          NOT NULL,
    contact        VARCHAR(100)  NULL,
    address_hash   CHAR(64)      NULL,
    outcome        VARCHAR(24)   NULL,
    lodged_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_certification_objection_case ON certification_objection (case_no, lodged_at);
CREATE INDEX ix_certification_objection_address ON certification_objection (address_hash, lodged_at);

CREATE TABLE friendly_certificate (
    certificate_no           VARCHAR(32)   NOT NULL,
    process_instance_id      VARCHAR(64)   NULL,
    -- VALID, EXPIRED, REVOKED, SURRENDERED
    status                   VARCHAR(16)   NOT NULL,
    employer_credit_code     CHAR(18)      NOT NULL,
    employer_name            VARCHAR(128)  NOT NULL,
    district                 CHAR(6)       NOT NULL,
    -- the application that issued it, and the last one that renewed it
    issued_by_case           VARCHAR(32)   NOT NULL,
    renewed_by_case          VARCHAR(32)   NULL,
    valid_from               DATE          NOT NULL,
    valid_to                 DATE          NOT NULL,
    -- the valid_to the renewal reminder was sent for (one reminder per validity)
    reminded_for             DATE          NULL,
    -- the holder's violations with a higher employer_violation id are the revocation review's to look at
    findings_after_id        BIGINT        NOT NULL,
    warnings                 INT           NOT NULL,
    end_reason               TEXT          NULL,
    ended_on                 DATE          NULL,
    created_at               DATETIME(3)   NOT NULL,
    updated_at               DATETIME(3)   NOT NULL,
    PRIMARY KEY (certificate_no)
);
CREATE INDEX ix_certificate_employer ON friendly_certificate (employer_credit_code, status);
CREATE INDEX ix_certificate_register ON friendly_certificate (status, district, employer_name);

CREATE TABLE friendly_certificate_post (
    certificate_no VARCHAR(32)   NOT NULL,
    post_no        INT           NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    department     VARCHAR(100)  NULL,
    headcount      INT           NOT NULL,
    working_time   VARCHAR(500)  NOT NULL,
    measures       VARCHAR(200)  NOT NULL,
    other_measure  VARCHAR(500)  NULL,
    eligibility    VARCHAR(500)  NOT NULL,
    PRIMARY KEY (certificate_no, post_no)
);

-- the measures a certificate's posts offer: the register's filter
CREATE TABLE friendly_certificate_measure (
    certificate_no VARCHAR(32)   NOT NULL,
    measure        VARCHAR(24)   NOT NULL,
    PRIMARY KEY (certificate_no, measure)
);
CREATE INDEX ix_certificate_measure ON friendly_certificate_measure (measure, certificate_no);

-- substantiated leave violations of the holder found while the certificate lives, and what the review decided
CREATE TABLE friendly_certificate_finding (
    certificate_no    VARCHAR(32)   NOT NULL,
    complaint_case_no VARCHAR(32)   NOT NULL,
    found_on          DATE          NOT NULL,
    summary           VARCHAR(500)  NULL,
    received_at       DATETIME(3)   NOT NULL,
    decision          VARCHAR(16)   NULL,
    reason            TEXT          NULL,
    decided_at        DATETIME(3)   NULL,
    PRIMARY KEY (certificate_no, complaint_case_no)
);
