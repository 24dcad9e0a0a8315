-- An administrator's retry of a failed or waiting notice (/admin/outbox, POST /api/v1/admin/outbox/{id}/retry):
-- who asked for the last retry and when, beside the notice's own attempts and last error.
ALTER TABLE notification_outbox ADD COLUMN retried_by VARCHAR(64) NULL;
ALTER TABLE notification_outbox ADD COLUMN retried_at DATETIME(3) NULL;
CREATE INDEX ix_outbox_status_created ON notification_outbox (status, created_at);
