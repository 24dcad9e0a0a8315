-- One-time codes sent to a mobile phone (registration, password reset): 6 digits, stored as a BCrypt hash only,
-- valid for a few minutes, a few attempts each.
CREATE TABLE phone_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    purpose     VARCHAR(16)  NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    code_hash   VARCHAR(100) NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    used_at     DATETIME(3)  NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_phone_code ON phone_code (phone, purpose, created_at);
