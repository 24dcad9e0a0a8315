-- Contribution records (先缴后补): what the social-insurance agency recorded as actually paid by each employer for each
-- employee and month, imported by an administrator from the agency's monthly CSV files (subsidy.ContributionImports).
-- The subsidy review compares what the employer declares with these records; only recorded months are subsidised.
-- Amounts are the EMPLOYER's share only (the employee's share is never subsidised), DECIMAL(14,2).

-- One import of a file: who, when, which file, how it replaced earlier records, and what it accepted and rejected.
CREATE TABLE contribution_import (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    file_name        VARCHAR(255) NOT NULL,
    -- SHA-256 of the file's bytes, hex: which file exactly it was
    file_sha256      CHAR(64)     NOT NULL,
    -- MONTHS: every record of each month the file brings accepted rows for is replaced;
    -- EMPLOYER_MONTHS: only the records of each (employer, month) pair it brings accepted rows for
    replace_scope    VARCHAR(16)  NOT NULL,
    -- the first and last month of the accepted rows (NULL when none was accepted)
    first_month      CHAR(7)      NULL,
    last_month       CHAR(7)      NULL,
    rows_accepted    INT          NOT NULL,
    rows_rejected    INT          NOT NULL,
    -- the problems found in the rejected rows (a row may have several); the first ones are listed, see below
    problems         INT          NOT NULL,
    -- earlier records this import deleted (replaced)
    records_replaced INT          NOT NULL,
    imported_by      VARCHAR(64)  NOT NULL,
    imported_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_contribution_import_at ON contribution_import (imported_at);

-- The months an import covered (replaced): rows it accepted and earlier records it deleted, per month.
CREATE TABLE contribution_import_month (
    import_id          BIGINT  NOT NULL,
    contribution_month CHAR(7) NOT NULL,
    rows_accepted      INT     NOT NULL,
    records_replaced   INT     NOT NULL,
    PRIMARY KEY (import_id, contribution_month),
    CONSTRAINT fk_contribution_import_month FOREIGN KEY (import_id) REFERENCES contribution_import (id)
);

-- The rejected rows of an import: line of the file, field (a column, or "row"), reason (English, as the API says it).
-- At most ffw.contributions.max-listed-rejections per import are kept; rows_rejected counts them all.
CREATE TABLE contribution_import_rejection (
    import_id BIGINT       NOT NULL,
    seq       INT          NOT NULL,
    line_no   INT          NOT NULL,
    field     VARCHAR(32)  NOT NULL,
    message   VARCHAR(255) NOT NULL,
    PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_contribution_import_rejection FOREIGN KEY (import_id) REFERENCES contribution_import (id)
);

-- One employer's contributions for one employee and month, as last imported.
CREATE TABLE contribution_record (
    credit_code        CHAR(18)      NOT NULL,
    resident_id        CHAR(18)      NOT NULL,
    -- yyyy-MM, e.g. 2026-03
    contribution_month CHAR(7)       NOT NULL,
    pension            DECIMAL(14,2) NOT NULL,
    -- basic medical insurance, maternity insurance included (merged in Shanghai)
    medical            DECIMAL(14,2) NOT NULL,
    unemployment       DECIMAL(14,2) NOT NULL,
    work_injury        DECIMAL(14,2) NOT NULL,
    import_id          BIGINT        NOT NULL,
    imported_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (credit_code, resident_id, contribution_month),
    CONSTRAINT fk_contribution_record_import FOREIGN KEY (import_id) REFERENCES contribution_import (id)
);
-- re-importing a month deletes by month (and employer); the lookup of one employee goes by the primary key
CREATE INDEX ix_contribution_record_month ON contribution_record (contribution_month, credit_code);
CREATE INDEX ix_contribution_record_import ON contribution_record (import_id);

-- One row, locked (SELECT … FOR UPDATE) by every import for its transaction: imports run one after the other, on
-- every node, so two imports of the same month never mix their records.
CREATE TABLE contribution_import_lock (
    id INT NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO contribution_import_lock (id) VALUES (1);
