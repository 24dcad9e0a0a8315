-- The procedures' settings (platform.settings.Settings): periods, thresholds, notice periods an administrator may
-- change. setting_value holds the current value of a changed setting (none: the declared default applies);
-- setting_change is the append-only history of who changed what, when and why; case_setting holds the values a
-- case was opened under (its procedure reads them there, so a change applies to cases opened from then on).
CREATE TABLE setting_value (
    setting_key   VARCHAR(80)   NOT NULL,
    setting_value VARCHAR(40)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (setting_key)
);

CREATE TABLE setting_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    setting_key     VARCHAR(80)   NOT NULL,
    old_value       VARCHAR(40)   NOT NULL,
    new_value       VARCHAR(40)   NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    -- the administrator's username and display name at the time of the change
    changed_by      VARCHAR(64)   NOT NULL,
    changed_by_name VARCHAR(100)  NOT NULL,
    changed_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_setting_change_key ON setting_change (setting_key, id);

CREATE TABLE case_setting (
    case_no       VARCHAR(32)   NOT NULL,
    setting_key   VARCHAR(80)   NOT NULL,
    setting_value VARCHAR(40)   NOT NULL,
    PRIMARY KEY (case_no, setting_key)
);
