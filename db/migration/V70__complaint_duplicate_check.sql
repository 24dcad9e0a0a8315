-- The duplicate check at lodging (ComplaintMapper.openDuplicate: an open complaint of the same person against the
-- same employer about the same leave) read every complaint of the person or of the employer to find none open: with
-- the lifecycle benchmark's closed cases of one complainant and one employer, 24,017 rows and 834 ms per lodging
-- (docs/benchmarks.md, whole lifecycles). This index answers it from the open ones alone (status <> 'CLOSED' is two
-- ranges of its last column); it begins with the resident id, so it also serves what V51's index did.
CREATE INDEX ix_complaint_open_duplicate ON complaint
    (complainant_resident_id, employer_credit_code, leave_type, status);
DROP INDEX ix_complaint_resident_id ON complaint;
