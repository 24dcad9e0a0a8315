-- Deadlines that may move: a case's statutory time limits in working days (case_deadline) and the working-day rule of
-- each open task's due date (task_view). A deadline counted on a year whose holiday schedule is not loaded yet is
-- provisional; when the year is loaded, FFW counts it again, records the change on the case's timeline and tells the
-- parties (CaseDeadlines). A deadline in a year beyond the table of statutory holidays has no date until it is loaded.

CREATE TABLE case_deadline (
    case_no      VARCHAR(32)  NOT NULL,
    -- the procedure's name for it, e.g. acceptance, investigation
    name         VARCHAR(40)  NOT NULL,
    -- how it is called on pages and in notices, e.g. 受理期限
    label        VARCHAR(64)  NOT NULL,
    -- n working days after start_date
    start_date   DATE         NOT NULL,
    working_days INT          NOT NULL,
    due_date     DATE         NULL,
    provisional  BOOLEAN      NOT NULL,
    -- who reads it on the timeline and is told when it moves: PUBLIC (applicant and employer), PARTY (applicant), STAFF
    audience     VARCHAR(16)  NOT NULL,
    -- the notice template the procedure gives such a change, e.g. COMPLAINT_DEADLINE
    template     VARCHAR(64)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (case_no, name)
);
CREATE INDEX ix_case_deadline_provisional ON case_deadline (provisional, case_no);

-- the investigation deadlines of complaints accepted before this version that still wait for a year's calendar
INSERT INTO case_deadline (case_no, name, label, start_date, working_days, due_date, provisional, audience, template,
                           updated_at)
SELECT case_no, 'investigation', '调查期限', accepted_on, CASE WHEN extended THEN 90 ELSE 60 END, NULL, TRUE, 'PUBLIC',
       'COMPLAINT_DEADLINE', updated_at
FROM complaint WHERE accepted_on IS NOT NULL AND investigation_due IS NULL AND status <> 'CLOSED';

-- a due date counted on a provisional year, and the n of a "workingDays.due(n)" due date (null for other rules)
ALTER TABLE task_view ADD COLUMN due_provisional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE task_view ADD COLUMN due_working_days INT NULL;
CREATE INDEX ix_task_view_due_provisional ON task_view (due_provisional);
