-- The formal written instruments (文书) of every procedure: one row per issued version, never updated. A correction
-- is a new row (version + 1) whose replaces_id names the version it replaces; the replaced row stays as it was.
-- The PDF bytes live behind DocumentStorage (document_content by default) under storage_key; sha256 is of those bytes.

CREATE TABLE instrument (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    -- the Procedure enum name (LEAVE_COMPLAINT …)
    procedure_code VARCHAR(32)  NOT NULL,
    case_no       VARCHAR(32)   NOT NULL,
    -- the procedure's kind code (ACCEPTANCE_NOTICE, CORRECTION_ORDER …)
    kind          VARCHAR(48)   NOT NULL,
    title         VARCHAR(64)   NOT NULL,
    -- COMPLAINANT, EMPLOYER, BUREAU (internal), UNION: to whom it is addressed; copy_to: a party that gets a copy
    recipient     VARCHAR(16)   NOT NULL,
    copy_to       VARCHAR(16),
    -- 文号: case number and the instrument's sequence number on the case
    doc_number    VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL,
    replaces_id   BIGINT,
    correction_reason VARCHAR(1000),
    sha256        CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    storage_key   VARCHAR(128)  NOT NULL,
    issued_on     DATE          NOT NULL,
    issued_at     DATETIME(3)   NOT NULL,
    issuer        VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_instrument_case ON instrument (case_no, id);
CREATE UNIQUE INDEX uq_instrument_doc_number ON instrument (doc_number);
-- one correction per version: a second one would fork the chain
CREATE UNIQUE INDEX uq_instrument_replaces ON instrument (replaces_id);

-- 送达: every time an instrument reached a party (the first one is the service), append-only
CREATE TABLE instrument_service (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    instrument_id BIGINT        NOT NULL,
    party         VARCHAR(16)   NOT NULL,
    channel       VARCHAR(16)   NOT NULL,
    served_by     VARCHAR(64)   NOT NULL,
    served_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_instrument_service FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);
CREATE INDEX ix_instrument_service ON instrument_service (instrument_id, party);
