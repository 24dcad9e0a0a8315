-- The public statistics (docs/statistics.md; complaint.ComplaintPublicFiguresMapper): a year's acceptance decisions
-- and findings are ranges on their day, each index holding every column its query reads, so the year is read from
-- the index alone and not from the whole complaint table.
CREATE INDEX ix_complaint_accepted_on ON complaint (accepted_on, district, kind, created_at);
CREATE INDEX ix_complaint_outcome_closed ON complaint (outcome, closed_on, district, kind, created_at, accepted_on);
CREATE INDEX ix_complaint_found_on ON complaint (found_on, district, accepted_on);
