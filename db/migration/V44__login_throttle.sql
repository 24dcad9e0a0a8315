-- Failed sign-ins per account ("user:<name>") and per address ("addr:<ip>"), shared by every node.
CREATE TABLE login_failure (
    throttle_key      VARCHAR(120) NOT NULL,
    failures          INT          NOT NULL,
    first_failure_at  DATETIME(3)  NOT NULL,
    last_failure_at   DATETIME(3)  NOT NULL,
    locked_until      DATETIME(3)  NULL,
    PRIMARY KEY (throttle_key)
);
