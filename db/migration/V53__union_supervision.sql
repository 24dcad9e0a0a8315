-- The union's labour-law supervision (工会劳动法律监督, REFERENCE.md §3.4, 《工会劳动法律监督办法》): the case with
-- the union's findings and the two letters' text (监督意见书 to the employer, 监督建议书 to the district HRB) so they
-- can be rendered as instruments, the employer's written answer, the union's assessment, the HRB's decision and the
-- leave complaint it opened. The union supervisors (≥ 2, with their 监督证) are rows of union_supervisor.

CREATE TABLE union_supervision (
    case_no                  VARCHAR(32)   NOT NULL,
    process_instance_id      VARCHAR(64)   NULL,
    -- OPINION_ISSUED, ASSESSING, SUGGESTION_PENDING, WITH_HRB, CLOSED
    status                   VARCHAR(32)   NOT NULL,
    -- CORRECTED, CASE_OPENED, EXPLAINED
    outcome                  VARCHAR(32)   NULL,
    opened_by                VARCHAR(64)   NOT NULL,
    district                 CHAR(6)       NOT NULL,
    employer_credit_code     CHAR(18)      NOT NULL,
    employer_name            VARCHAR(128)  NOT NULL,
    leave_type               VARCHAR(32)   NOT NULL,
    -- the facts the supervisors found and the correction the union requires: the 监督意见书's body
    facts                    TEXT          NOT NULL,
    required_correction      TEXT          NOT NULL,
    affected_employees       INT           NULL,
    opinion_issued_on        DATE          NOT NULL,
    answer_due               DATE          NULL,
    -- the employer's written answer: CORRECTED, PARTLY_CORRECTED, DISPUTES
    answer_position          VARCHAR(32)   NULL,
    answer_text              TEXT          NULL,
    answer_evidence          VARCHAR(500)  NULL,
    answered_at              DATETIME(3)   NULL,
    no_answer                BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the union's assessment of the answer: CORRECTED, NOT_CORRECTED
    assessment               VARCHAR(32)   NULL,
    assessment_note          TEXT          NULL,
    assessed_at              DATETIME(3)   NULL,
    -- the 监督建议书 the union lead signs and sends to the district HRB
    suggestion_text          TEXT          NULL,
    suggestion_signed_by     VARCHAR(64)   NULL,
    suggestion_sent_on       DATE          NULL,
    hrb_due                  DATE          NULL,
    -- the HRB's decision: OPEN_CASE, EXPLAIN
    hrb_decision             VARCHAR(16)   NULL,
    hrb_explanation          TEXT          NULL,
    hrb_decided_by           VARCHAR(64)   NULL,
    hrb_decided_at           DATETIME(3)   NULL,
    -- the leave complaint the HRB opened (立案) on the suggestion
    complaint_case_no        VARCHAR(32)   NULL,
    closed_on                DATE          NULL,
    created_at               DATETIME(3)   NOT NULL,
    updated_at               DATETIME(3)   NOT NULL,
    PRIMARY KEY (case_no)
);
CREATE INDEX ix_union_supervision_district ON union_supervision (district, status, created_at);
CREATE INDEX ix_union_supervision_employer ON union_supervision (employer_credit_code, created_at);

CREATE TABLE union_supervisor (
    case_no         VARCHAR(32)  NOT NULL,
    seq             INT          NOT NULL,
    name            VARCHAR(64)  NOT NULL,
    -- the 工会劳动法律监督员证 number
    certificate_no  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (case_no, seq)
);

-- a leave complaint opened on a union's suggestion letter: the supervision case it came from
ALTER TABLE complaint ADD COLUMN origin_case_no VARCHAR(32) NULL;
