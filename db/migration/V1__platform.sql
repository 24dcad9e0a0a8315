-- Platform services shared by every procedure: case numbers, timeline, idempotency keys, notification outbox.
-- MySQL dialect; H2 runs it in MODE=MySQL. Instants are DATETIME(3) in UTC.

CREATE TABLE case_sequence (
    procedure_code VARCHAR(8)  NOT NULL,
    seq_year       INT         NOT NULL,
    last_value     BIGINT      NOT NULL,
    PRIMARY KEY (procedure_code, seq_year)
);

-- Append-only record of everything that happened to a case.
CREATE TABLE case_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_no      VARCHAR(32)  NOT NULL,
    occurred_at  DATETIME(3)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    actor_role   VARCHAR(32)  NULL,
    action       VARCHAR(64)  NOT NULL,
    from_status  VARCHAR(40)  NULL,
    to_status    VARCHAR(40)  NULL,
    -- who may read this entry: PUBLIC (everyone who may read the case), STAFF (HRB and union), INTERNAL (HRB only)
    visibility   VARCHAR(16)  NOT NULL,
    note         VARCHAR(2000) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_no, id);

CREATE TABLE idempotency_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    scope          VARCHAR(64)   NOT NULL,
    username       VARCHAR(64)   NOT NULL,
    idem_key       VARCHAR(128)  NOT NULL,
    request_hash   CHAR(64)      NOT NULL,
    response_status INT          NULL,
    response_location VARCHAR(512) NULL,
    response_body  MEDIUMTEXT    NULL,
    created_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_idempotency UNIQUE (scope, username, idem_key)
);

CREATE TABLE notification_outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    -- a notice that must go out only once carries a dedup key (e.g. "task-overdue:<taskId>")
    dedup_key     VARCHAR(191)  NULL,
    recipient     VARCHAR(64)   NOT NULL,
    case_no       VARCHAR(32)   NULL,
    template      VARCHAR(64)   NOT NULL,
    subject       VARCHAR(255)  NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    created_at    DATETIME(3)   NOT NULL,
    next_attempt_at DATETIME(3) NOT NULL,
    lease_owner   VARCHAR(64)   NULL,
    lease_until   DATETIME(3)   NULL,
    sent_at       DATETIME(3)   NULL,
    channel       VARCHAR(32)   NULL,
    last_error    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_outbox_due ON notification_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_recipient ON notification_outbox (recipient, created_at);
