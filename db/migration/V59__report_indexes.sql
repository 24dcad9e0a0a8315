-- The reports (report.Reports, docs/reports.md) count over day ranges, city-wide or for one district. Each index
-- leads with the range column (after the district for a district's report) and carries the columns the GROUP BY
-- reads, so that a figure is an index range scan without a look-up per row, also at a million cases.
-- (Task completion uses Camunda's ACT_IDX_HI_TASK_INST_END.)
CREATE INDEX ix_case_registry_opened_procedure ON case_registry (opened_at, procedure_code);
CREATE INDEX ix_case_registry_district_opened_procedure ON case_registry (district, opened_at, procedure_code);
CREATE INDEX ix_case_registry_closed ON case_registry (closed_at, procedure_code);
CREATE INDEX ix_case_registry_district_closed ON case_registry (district, closed_at, procedure_code);
CREATE INDEX ix_complaint_created_leave ON complaint (created_at, leave_type, finding);
CREATE INDEX ix_complaint_district_created_leave ON complaint (district, created_at, leave_type, finding);
CREATE INDEX ix_complaint_found ON complaint (found_on, accepted_on);
CREATE INDEX ix_complaint_district_found ON complaint (district, found_on, accepted_on);
CREATE INDEX ix_subsidy_approved_on ON subsidy_application (approved_on, approved_amount);
CREATE INDEX ix_subsidy_district_approved ON subsidy_application (district, approved_on, approved_amount);
CREATE INDEX ix_subsidy_paid_on ON subsidy_application (paid_on, approved_amount);
CREATE INDEX ix_subsidy_district_paid ON subsidy_application (district, paid_on, approved_amount);
CREATE INDEX ix_inspection_found ON inspection (found_on, campaign_id);
CREATE INDEX ix_inspection_district_found ON inspection (district, found_on, campaign_id);
