-- The case search (platform.cases.CaseSearch) at a million cases: V56's indexes ordered the newest cases but every
-- filter (procedure, status, open/closed, employer) and the count read the rows themselves. These hold every column
-- the search filters on, so its filters and its count are answered from the index alone (InnoDB adds case_no, the
-- key, to each); the count stops at CaseSearch.COUNT_CAP matches. Figures: docs/benchmarks.md (issue 15).
DROP INDEX ix_case_registry_district_opened ON case_registry;
DROP INDEX ix_case_registry_opened ON case_registry;
CREATE INDEX ix_case_registry_search_district ON case_registry
    (district, opened_at, case_no, procedure_code, status, closed_at, employer_credit_code);
CREATE INDEX ix_case_registry_search_city ON case_registry
    (opened_at, case_no, procedure_code, status, closed_at, employer_credit_code);
