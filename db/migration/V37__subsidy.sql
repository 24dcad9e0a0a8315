-- Employer subsidy (产假及生育假期间社保补贴, REFERENCE.md §2.1): one row per application; the declared contributions
-- month by month; the eligibility checks as computed at the last change; the review, second review and payment.

CREATE TABLE subsidy_application (
    case_no                  VARCHAR(32)   NOT NULL,
    process_instance_id      VARCHAR(64)   NULL,
    -- SUBMITTED, SUPPLEMENT_REQUESTED, SECOND_REVIEW, APPROVED, PAID, REJECTED, WITHDRAWN
    status                   VARCHAR(32)   NOT NULL,
    applicant_username       VARCHAR(64)   NOT NULL,
    employer_credit_code     CHAR(18)      NOT NULL,
    employer_name            VARCHAR(128)  NOT NULL,
    district                 CHAR(6)       NOT NULL,
    employee_name            VARCHAR(64)   NOT NULL,
    employee_resident_id     CHAR(18)      NOT NULL,
    child_birth_date         DATE          NOT NULL,
    child_order              INT           NOT NULL,
    employee_confirmed_child_order BOOLEAN NOT NULL,
    birth_certificate_no     VARCHAR(32)   NULL,
    babies                   INT           NOT NULL,
    difficult_birth          BOOLEAN       NOT NULL,
    leave_start              DATE          NOT NULL,
    leave_end                DATE          NOT NULL,
    -- a labour-dispatch agency applies for the user unit that bears wages and insurance, and passes it all on
    dispatch                 BOOLEAN       NOT NULL,
    user_unit_credit_code    CHAR(18)      NULL,
    user_unit_name           VARCHAR(128)  NULL,
    no_other_subsidy         BOOLEAN       NOT NULL,
    bank_name                VARCHAR(128)  NOT NULL,
    bank_account_name        VARCHAR(128)  NOT NULL,
    bank_account_no          VARCHAR(40)   NOT NULL,
    requested_amount         DECIMAL(14,2) NOT NULL,
    -- the checks as last computed: JSON list of {code, passed, warning, reason}
    eligibility              TEXT          NOT NULL,
    eligible                 BOOLEAN       NOT NULL,
    -- one active application per employee and child: NULL once rejected or withdrawn
    active_key               VARCHAR(40)   NULL,
    review_decision          VARCHAR(24)   NULL,
    review_reason            TEXT          NULL,
    review_note              TEXT          NULL,
    supplement_request       TEXT          NULL,
    supplement               TEXT          NULL,
    second_review_decision   VARCHAR(24)   NULL,
    second_review_reason     TEXT          NULL,
    second_review_note       TEXT          NULL,
    approved_amount          DECIMAL(14,2) NULL,
    approved_on              DATE          NULL,
    payment_reference        VARCHAR(64)   NULL,
    paid_on                  DATE          NULL,
    closed_on                DATE          NULL,
    created_at               DATETIME(3)   NOT NULL,
    updated_at               DATETIME(3)   NOT NULL,
    PRIMARY KEY (case_no),
    CONSTRAINT uq_subsidy_active UNIQUE (active_key)
);
CREATE INDEX ix_subsidy_employer ON subsidy_application (employer_credit_code, created_at);
CREATE INDEX ix_subsidy_district ON subsidy_application (district, status, created_at);
CREATE INDEX ix_subsidy_approved ON subsidy_application (status, approved_on);

CREATE TABLE subsidy_contribution (
    case_no      VARCHAR(32)   NOT NULL,
    contribution_month CHAR(7)     NOT NULL,
    pension      DECIMAL(14,2) NOT NULL,
    medical      DECIMAL(14,2) NOT NULL,
    unemployment DECIMAL(14,2) NOT NULL,
    work_injury  DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (case_no, contribution_month)
);
