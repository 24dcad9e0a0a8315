-- Inspection campaigns (专项检查, 双随机、一公开; docs/campaigns.md). The employer registry gains the two filters a
-- campaign draws by: the top-level category (门类, A–T) of GB/T 4754-2017 国民经济行业分类 and a headcount band
-- (UNDER_20, FROM_20_TO_99, FROM_100_TO_299, FROM_300_TO_999, FROM_1000). Both stay NULL where unknown.
ALTER TABLE employer ADD COLUMN sector CHAR(1) NULL;
ALTER TABLE employer ADD COLUMN size_band VARCHAR(16) NULL;

-- One campaign: its inputs, the seed of its draw (SecureRandom at creation) and the method version, so anyone can
-- re-run the draw from the published record. List columns hold codes separated by commas, in the given order.
CREATE TABLE campaign (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    title                VARCHAR(128)  NOT NULL,
    leave_types          VARCHAR(200)  NOT NULL,
    districts            VARCHAR(200)  NOT NULL,
    -- NULL: no filter
    sectors              VARCHAR(60)   NULL,
    size_bands           VARCHAR(120)  NULL,
    period_from          DATE          NOT NULL,
    period_to            DATE          NOT NULL,
    sample_size          INT           NOT NULL,
    risk_share           DECIMAL(4,3)  NOT NULL,
    seed                 BIGINT        NOT NULL,
    -- the draw algorithm's name and version (docs/campaigns.md), e.g. FFW-DRAW-1
    method               VARCHAR(32)   NOT NULL,
    inspectors_per_case  INT           NOT NULL,
    population_size      INT           NOT NULL,
    -- risk signals count from this day on (the window of ffw.campaigns.risk.window-months)
    signals_since        DATE          NOT NULL,
    -- DRAWN (published at creation), CLOSED (its last case closed)
    status               VARCHAR(16)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    closed_at            DATETIME(3)   NULL,
    -- the Idempotency-Key the campaign was created with, if any (the kit's idempotency table holds the replay)
    idempotency_key      VARCHAR(128)  NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_campaign_status ON campaign (status, created_at);

-- which districts a campaign covers, for the scoped lists
CREATE TABLE campaign_district (
    campaign_id  BIGINT   NOT NULL,
    district     CHAR(6)  NOT NULL,
    PRIMARY KEY (campaign_id, district)
);
CREATE INDEX ix_campaign_district ON campaign_district (district, campaign_id);

-- the candidates at draw time in draw order (credit code ascending) with their risk signals and weight
CREATE TABLE campaign_population (
    campaign_id    BIGINT        NOT NULL,
    ordinal        INT           NOT NULL,
    credit_code    CHAR(18)      NOT NULL,
    employer_name  VARCHAR(128)  NOT NULL,
    district       CHAR(6)       NOT NULL,
    -- risk signal codes separated by commas, NULL when none
    signals        VARCHAR(200)  NULL,
    weight         DECIMAL(9,3)  NOT NULL,
    PRIMARY KEY (campaign_id, ordinal)
);

-- each district's enabled inspectors at draw time (username ascending): the pool the pairs were drawn from
CREATE TABLE campaign_pool (
    campaign_id  BIGINT       NOT NULL,
    district     CHAR(6)      NOT NULL,
    ordinal      INT          NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (campaign_id, district, ordinal)
);

-- the drawn employers in draw order: why (RANDOM, ALL, or the risk signals), the part of the draw, the case opened
CREATE TABLE campaign_pick (
    campaign_id    BIGINT        NOT NULL,
    ordinal        INT           NOT NULL,
    credit_code    CHAR(18)      NOT NULL,
    employer_name  VARCHAR(128)  NOT NULL,
    district       CHAR(6)       NOT NULL,
    -- RISK, RANDOM, ALL (the population was not larger than the sample)
    part           VARCHAR(8)    NOT NULL,
    why            VARCHAR(200)  NOT NULL,
    case_no        VARCHAR(32)   NOT NULL,
    -- when the inspection procedure reported the case closed
    case_closed_at DATETIME(3)   NULL,
    PRIMARY KEY (campaign_id, ordinal),
    CONSTRAINT uq_campaign_pick_case UNIQUE (case_no)
);

-- the inspectors of each case: the drawn pair (ordinal 1, 2, …) and every replacement after a recusal
CREATE TABLE campaign_inspector (
    case_no         VARCHAR(32)   NOT NULL,
    ordinal         INT           NOT NULL,
    campaign_id     BIGINT        NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    recused         BOOLEAN       NOT NULL DEFAULT FALSE,
    recusal_reason  VARCHAR(500)  NULL,
    recused_by      VARCHAR(64)   NULL,
    recused_at      DATETIME(3)   NULL,
    replaced_by     VARCHAR(64)   NULL,
    -- for a replacement: the candidates it was drawn from (usernames separated by commas) and the recusal number
    drawn_from      TEXT          NULL,
    recusal_no      INT           NULL,
    PRIMARY KEY (case_no, ordinal)
);
CREATE INDEX ix_campaign_inspector ON campaign_inspector (campaign_id, username);
