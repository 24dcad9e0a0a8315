-- Employer registry. credit_code is the unified social credit code (GB 32100), validated before insert.

CREATE TABLE employer (
    credit_code          CHAR(18)     NOT NULL,
    name                 VARCHAR(128) NOT NULL,
    district_code        CHAR(6)      NOT NULL,
    -- from the code's 2nd character: ENTERPRISE, INDIVIDUAL_BUSINESS, SOCIAL_ORGANISATION, LAW_FIRM, …
    org_type             VARCHAR(32)  NOT NULL,
    address              VARCHAR(255) NULL,
    legal_representative VARCHAR(64)  NULL,
    -- REGISTERED (verified) or PROVISIONAL (created from a complaint, not yet verified)
    status               VARCHAR(16)  NOT NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    PRIMARY KEY (credit_code),
    CONSTRAINT fk_employer_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_employer_district ON employer (district_code);
CREATE INDEX ix_employer_name ON employer (name);
