-- The staff's case search (platform.cases.CaseSearch): newest first within a district, or across the city for an
-- administrator, with the other filters applied on the way; a case number's beginning is a range on the key.
CREATE INDEX ix_case_registry_district_opened ON case_registry (district, opened_at, case_no);
CREATE INDEX ix_case_registry_opened ON case_registry (opened_at, case_no);
