-- Documents attached to cases (evidence). Metadata here, bytes behind the DocumentStorage interface; the default
-- storage keeps them in document_content so that every node of a cluster sees the same files.

CREATE TABLE document (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_no       VARCHAR(32)   NOT NULL,
    -- COMPLAINANT, EMPLOYER, STAFF, APPLICANT: who supplied it
    party         VARCHAR(16)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    filename      VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(128)  NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_document_case ON document (case_no, id);
CREATE UNIQUE INDEX uq_document_storage_key ON document (storage_key);

CREATE TABLE document_content (
    storage_key VARCHAR(128) NOT NULL,
    content     LONGBLOB     NOT NULL,
    PRIMARY KEY (storage_key)
);
