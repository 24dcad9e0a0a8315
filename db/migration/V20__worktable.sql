-- Worktable: the task projection every queue reads, and staff notes on cases.
-- task_view holds one row per OPEN user task, kept in step with Camunda's task events in the same transaction.

CREATE TABLE task_view (
    task_id             VARCHAR(64)  NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    process_key         VARCHAR(128) NOT NULL,
    task_key            VARCHAR(128) NOT NULL,
    name                VARCHAR(255) NULL,
    case_no             VARCHAR(32)  NULL,
    district            CHAR(6)      NULL,
    -- exactly one candidate group per user task, e.g. inspector-310115, employer-91310115MA1H8R7C41
    candidate_group     VARCHAR(64)  NULL,
    assignee            VARCHAR(64)  NULL,
    created_at          DATETIME(3)  NOT NULL,
    due_at              DATETIME(3)  NULL,
    -- 75 % of the allowed time (created → due): from here the task is AT_RISK
    at_risk_at          DATETIME(3)  NULL,
    summary             VARCHAR(255) NULL,
    form_ref            VARCHAR(128) NULL,
    at_risk_notified_at DATETIME(3)  NULL,
    overdue_notified_at DATETIME(3)  NULL,
    PRIMARY KEY (task_id)
);
CREATE INDEX ix_task_view_group    ON task_view (candidate_group, assignee, due_at);
CREATE INDEX ix_task_view_assignee ON task_view (assignee, due_at);
CREATE INDEX ix_task_view_district ON task_view (district, due_at);
CREATE INDEX ix_task_view_case     ON task_view (case_no);
CREATE INDEX ix_task_view_instance ON task_view (process_instance_id);
CREATE INDEX ix_task_view_at_risk  ON task_view (at_risk_notified_at, at_risk_at);
CREATE INDEX ix_task_view_overdue  ON task_view (overdue_notified_at, due_at);

CREATE TABLE case_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_no     VARCHAR(32)   NOT NULL,
    task_id     VARCHAR(64)   NULL,
    author      VARCHAR(64)   NOT NULL,
    author_role VARCHAR(32)   NULL,
    created_at  DATETIME(3)   NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_case_comment_case ON case_comment (case_no, id);
