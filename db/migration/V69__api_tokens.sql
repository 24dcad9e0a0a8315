-- Bearer tokens FFW issues to an account for API clients (identity.ApiTokens, docs/accounts.md "API tokens"): HTTP
-- Basic costs a BCrypt hash per request; a token costs a SHA-256 and one indexed read. The secret itself is shown
-- once to its owner and never stored: token_hash is the SHA-256 of it in lower-case hex. A token is live while
-- revoked_at is NULL and expires_at is in the future; last_used_at is written at most once a minute.
CREATE TABLE api_token (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)   NOT NULL,
    -- the label its owner gave it, 1-60 characters
    name          VARCHAR(60)   NOT NULL,
    token_hash    CHAR(64)      NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    expires_at    DATETIME(3)   NOT NULL,
    revoked_at    DATETIME(3)   NULL,
    last_used_at  DATETIME(3)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (username, created_at);
