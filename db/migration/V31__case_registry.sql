-- The case registry: one row per case of every procedure, written by the procedure through CaseRegistry in the
-- transaction that writes its own row. Queues, the public status lookup, an employer's "all my cases" and case
-- search read it; the kit's access rule (CaseAccess) is written against it. The summary is safe for every reader:
-- it never names the applicant of a complaint.

CREATE TABLE case_registry (
    case_no              VARCHAR(32)  NOT NULL,
    -- LEAVE_COMPLAINT, EMPLOYER_SUBSIDY, FRIENDLY_POST
    procedure_code       VARCHAR(32)  NOT NULL,
    -- the district handling the case now
    district             CHAR(6)      NOT NULL,
    employer_credit_code CHAR(18)     NULL,
    -- the account that lodged or applied
    applicant_username   VARCHAR(64)  NULL,
    -- the procedure's status code
    status               VARCHAR(40)  NOT NULL,
    summary              VARCHAR(255) NOT NULL,
    -- whether the employer concerned may see the case yet (a complaint: from its acceptance on)
    employer_visible     BOOLEAN      NOT NULL,
    -- SHA-256 of case number and the query code handed to the applicant, for the lookup without login
    query_code_hash      CHAR(64)     NULL,
    process_instance_id  VARCHAR(64)  NULL,
    opened_at            DATETIME(3)  NOT NULL,
    closed_at            DATETIME(3)  NULL,
    updated_at           DATETIME(3)  NOT NULL,
    PRIMARY KEY (case_no)
);
CREATE INDEX ix_case_registry_district ON case_registry (district, procedure_code, status, opened_at);
CREATE INDEX ix_case_registry_employer ON case_registry (employer_credit_code, opened_at);
CREATE INDEX ix_case_registry_applicant ON case_registry (applicant_username, opened_at);

-- the complaints lodged before the registry existed
INSERT INTO case_registry (case_no, procedure_code, district, employer_credit_code, applicant_username, status,
                           summary, employer_visible, query_code_hash, process_instance_id, opened_at, closed_at,
                           updated_at)
SELECT case_no, 'LEAVE_COMPLAINT', district, employer_credit_code, complainant_username, status,
       CONCAT(employer_name, ' · ', CASE leave_type
           WHEN 'MATERNITY' THEN '产假' WHEN 'BIRTH' THEN '生育假' WHEN 'PATERNITY' THEN '配偶陪产假'
           WHEN 'CHILDCARE' THEN '育儿假' WHEN 'NURSING' THEN '哺乳时间' WHEN 'PRENATAL_CHECK' THEN '产前检查'
           ELSE '孕期哺乳期特殊保护' END),
       accepted_on IS NOT NULL, query_code_hash, process_instance_id, created_at,
       CASE WHEN status = 'CLOSED' THEN updated_at END, updated_at
FROM complaint;

-- the query code now lives in the registry, for every procedure
ALTER TABLE complaint DROP COLUMN query_code_hash;
