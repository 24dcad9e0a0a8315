-- The case search by the beginning of a case number within a district (LC-2025…, a year of complaints): V65's index
-- starts with the opening time, so MariaDB read the year's cases of the whole city by their key (1.6 s at a million
-- cases, docs/benchmarks.md). This one serves district + number range directly, and its count from the index alone.
CREATE INDEX ix_case_registry_search_number ON case_registry
    (district, case_no, opened_at, procedure_code, status, closed_at);
