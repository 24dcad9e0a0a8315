-- Who changed which staff account, how and when (identity.StaffAccountChanges): an administrator's creating,
-- changing the roles or the district, disabling, enabling and resetting the password of a staff account. Rows are
-- only ever added; the accounts page and GET /api/v1/admin/accounts/{username}/changes show them.
CREATE TABLE staff_account_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    username    VARCHAR(64)   NOT NULL,
    -- CREATED, ROLES, DISTRICT, DISABLED, ENABLED, PASSWORD_RESET
    action      VARCHAR(16)   NOT NULL,
    -- roles as codes separated by commas in a fixed order, a district as its code; NULL where there is none
    old_value   VARCHAR(200)  NULL,
    new_value   VARCHAR(200)  NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    changed_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_staff_account_change_user ON staff_account_change (username, changed_at);
