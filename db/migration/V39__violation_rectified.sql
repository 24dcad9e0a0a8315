-- A substantiated violation is rectified when the inspector verifies the correction (complaint procedure); until
-- then it counts against the employer's compliance standing (the subsidy's second review reads it).
ALTER TABLE employer_violation ADD COLUMN rectified_on DATE NULL;
