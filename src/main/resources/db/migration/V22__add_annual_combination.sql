-- How an agency combines the annual evaluations of an employee with several SKPs in a
-- year (a move mid-year): LONGEST (the SKP covering the most months), LATEST or LOWEST.
ALTER TABLE performance_period ADD COLUMN annual_combination VARCHAR(16) NOT NULL DEFAULT 'LONGEST';
