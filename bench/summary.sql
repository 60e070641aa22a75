-- The completion summary's query (planning.PlanSummary) as pgbench runs it, the baseline of
-- bench/tree.sh: pgbench -n -f bench/summary.sql -D agency=1 -D year=2026 -t 30 DB
SELECT pl.unit_id, s.status, count(*)
FROM employee_placement pl
LEFT JOIN skp s ON s.employee_id = pl.employee_id AND s.agency_id = :agency AND s.skp_year = :year
     AND s.status <> 'CLOSED'
WHERE pl.agency_id = :agency AND pl.kind = 'DEFINITIF' AND pl.employee_status = 'ACTIVE'
  AND pl.start_date <= CURRENT_DATE AND (pl.end_date IS NULL OR pl.end_date >= CURRENT_DATE)
GROUP BY pl.unit_id, s.status;
