-- The reports (report.Reports, docs/reports.md) count by day ranges, city-wide or for one district: an index per
-- range column they filter on, so that each GROUP BY reads only the rows of its period, also at a million cases.
-- (Cases opened per week use V56's (opened_at, ...) and (district, opened_at, ...); task completion uses Camunda's
-- ACT_IDX_HI_TASK_INST_END.)
CREATE INDEX ix_case_registry_closed ON case_registry (closed_at, procedure_code);
CREATE INDEX ix_case_registry_district_closed ON case_registry (district, closed_at, procedure_code);
CREATE INDEX ix_complaint_created ON complaint (created_at);
CREATE INDEX ix_complaint_district_created ON complaint (district, created_at);
CREATE INDEX ix_complaint_found ON complaint (found_on);
CREATE INDEX ix_complaint_district_found ON complaint (district, found_on);
CREATE INDEX ix_subsidy_approved_on ON subsidy_application (approved_on);
CREATE INDEX ix_subsidy_district_approved ON subsidy_application (district, approved_on);
CREATE INDEX ix_subsidy_paid_on ON subsidy_application (paid_on);
CREATE INDEX ix_subsidy_district_paid ON subsidy_application (district, paid_on);
CREATE INDEX ix_inspection_found ON inspection (found_on);
CREATE INDEX ix_inspection_district_found ON inspection (district, found_on);
