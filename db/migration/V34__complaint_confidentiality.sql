-- For a confidential complaint the employer sees the month of the violation only, unless the inspector releases the
-- exact date as necessary for the investigation (recorded on the timeline).
ALTER TABLE complaint ADD COLUMN violation_date_released BOOLEAN NOT NULL DEFAULT FALSE;
