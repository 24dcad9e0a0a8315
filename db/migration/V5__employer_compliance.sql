-- An employer's compliance record: substantiated violations and what followed (read by certification reviews).
CREATE TABLE employer_violation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    credit_code    CHAR(18)      NOT NULL,
    case_no        VARCHAR(32)   NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    found_on       DATE          NOT NULL,
    summary        VARCHAR(500)  NULL,
    created_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_employer_violation UNIQUE (credit_code, case_no)
);
