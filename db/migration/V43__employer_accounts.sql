-- An employer's first account is confirmed by staff of the employer's district before it can act;
-- later accounts come by invitation of a confirmed account (the code is a 128-bit random token, stored as SHA-256).
CREATE TABLE employer_account_request (
    username       VARCHAR(64)  NOT NULL,
    credit_code    CHAR(18)     NOT NULL,
    employer_name  VARCHAR(128) NOT NULL,
    district_code  CHAR(6)      NOT NULL,
    requested_at   DATETIME(3)  NOT NULL,
    outcome        VARCHAR(16)  NULL,
    decided_by     VARCHAR(64)  NULL,
    decided_at     DATETIME(3)  NULL,
    PRIMARY KEY (username),
    CONSTRAINT fk_ear_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);
CREATE INDEX ix_ear_district ON employer_account_request (district_code, outcome);

CREATE TABLE employer_invitation (
    code_hash    CHAR(64)     NOT NULL,
    credit_code  CHAR(18)     NOT NULL,
    invited_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    used_by      VARCHAR(64)  NULL,
    used_at      DATETIME(3)  NULL,
    PRIMARY KEY (code_hash)
);
CREATE INDEX ix_invitation_employer ON employer_invitation (credit_code);
