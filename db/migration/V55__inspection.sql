-- Inspection cases of a campaign (双随机、一公开, docs/campaigns.md): one drawn employer each. The employer reports its
-- leave records for the period under review (inspection_leave_record, one row per person and leave, with the
-- statutory entitlement the rules module gave when the row was written); the inspector pair (inspection_inspector)
-- signs off the review, the lead inspector records the site check and the finding; a violation goes through the
-- shared order to correct (bpmn/leave-correction.bpmn), whose results are stored here.

CREATE TABLE inspection (
    case_no                  VARCHAR(32)    NOT NULL,
    process_instance_id      VARCHAR(64)    NULL,
    campaign_id              BIGINT         NOT NULL,
    campaign_title           VARCHAR(200)   NOT NULL,
    district                 CHAR(6)        NOT NULL,
    employer_credit_code     CHAR(18)       NOT NULL,
    employer_name            VARCHAR(128)   NOT NULL,
    -- the campaign's legal focus, comma-separated LeaveType names
    leave_types              VARCHAR(200)   NOT NULL,
    period_from              DATE           NOT NULL,
    period_to                DATE           NOT NULL,
    -- why the draw picked the employer: RANDOM or the risk signals, comma-separated
    draw_reason              VARCHAR(200)   NOT NULL,
    -- REPORT_PENDING, REVIEWING, SITE_CHECK, FINDING, CORRECTION_ORDERED, VERIFYING, PENALTY_REVIEW, CLOSED
    status                   VARCHAR(32)    NOT NULL,
    report_due               DATE           NULL,
    report_note              TEXT           NULL,
    -- the employer confirmed the rows are everyone in the period, truthfully reported
    report_confirmed         BOOLEAN        NOT NULL DEFAULT FALSE,
    reported_at              DATETIME(3)    NULL,
    no_report                BOOLEAN        NOT NULL DEFAULT FALSE,
    site_check_needed        BOOLEAN        NULL,
    site_checked_on          DATE           NULL,
    site_check_record        TEXT           NULL,
    -- NO_VIOLATION or VIOLATION
    finding                  VARCHAR(16)    NULL,
    finding_reason           TEXT           NULL,
    affected_employees       INT            NULL,
    found_on                 DATE           NULL,
    required_actions         TEXT           NULL,
    correction_deadline      DATE           NULL,
    rectification_report     TEXT           NULL,
    rectification_evidence   VARCHAR(500)   NULL,
    no_rectification_report  BOOLEAN        NOT NULL DEFAULT FALSE,
    -- RECTIFIED or NOT_RECTIFIED
    verification             VARCHAR(16)    NULL,
    verification_note        TEXT           NULL,
    -- REFER or NO_PENALTY
    penalty_decision         VARCHAR(16)    NULL,
    fine_per_employee        DECIMAL(12, 2) NULL,
    fine_total               DECIMAL(14, 2) NULL,
    penalty_note             TEXT           NULL,
    closed_on                DATE           NULL,
    created_at               DATETIME(3)    NOT NULL,
    updated_at               DATETIME(3)    NOT NULL,
    PRIMARY KEY (case_no)
);
CREATE INDEX ix_inspection_campaign ON inspection (campaign_id, case_no);
CREATE INDEX ix_inspection_employer ON inspection (employer_credit_code, created_at);

-- The pair (or more) on a case; seq 1 leads (site check, finding). A recused inspector's row stays, marked.
CREATE TABLE inspection_inspector (
    case_no           VARCHAR(32)   NOT NULL,
    seq               INT           NOT NULL,
    username          VARCHAR(64)   NOT NULL,
    recused           BOOLEAN       NOT NULL DEFAULT FALSE,
    recusal_reason    VARCHAR(500)  NULL,
    replaced_by       VARCHAR(64)   NULL,
    signed_off_at     DATETIME(3)   NULL,
    site_check_needed BOOLEAN       NULL,
    review_note       TEXT          NULL,
    PRIMARY KEY (case_no, seq)
);

CREATE TABLE inspection_leave_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_no          VARCHAR(32)   NOT NULL,
    employee_name    VARCHAR(64)   NOT NULL,
    -- MATERNITY, BIRTH, PATERNITY or CHILDCARE
    leave_type       VARCHAR(32)   NOT NULL,
    child_birth_date DATE          NOT NULL,
    babies           INT           NOT NULL,
    difficult_birth  BOOLEAN       NOT NULL,
    days_granted     INT           NOT NULL,
    leave_from       DATE          NULL,
    leave_to         DATE          NULL,
    -- the statutory days for that leave (per year for 育儿假), from the rules when the row was written
    statutory_days   INT           NOT NULL,
    note             VARCHAR(500)  NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_inspection_leave_record_case ON inspection_leave_record (case_no, id);
