-- The sign-in throttle's times as epoch milliseconds. DATETIME(3) would hold them, but on MySQL the driver is told
-- not to send fractional seconds (Camunda requires sendFractionalSeconds=false), so a 2-second wait could be cut by up
-- to a second. The rows are short-lived counts: the table is made again, empty.
DROP TABLE login_failure;
CREATE TABLE login_failure (
    throttle_key      VARCHAR(120) NOT NULL,
    failures          INT          NOT NULL,
    first_failure_ms  BIGINT       NOT NULL,
    last_failure_ms   BIGINT       NOT NULL,
    locked_until_ms   BIGINT       NULL,
    PRIMARY KEY (throttle_key)
);
