-- Sign-in through the city's identity provider (OIDC, docs/operations.md): which local account an identity of the
-- provider signs in as. Written only by the OIDC login, so a local registration cannot claim a provider's identity.
CREATE TABLE oidc_link (
    registration_id  VARCHAR(64)   NOT NULL,
    subject          VARCHAR(255)  NOT NULL,
    username         VARCHAR(64)   NOT NULL,
    linked_at        DATETIME(3)   NOT NULL,
    last_login_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (registration_id, subject),
    CONSTRAINT uq_oidc_link_user UNIQUE (username),
    CONSTRAINT fk_oidc_link_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);
