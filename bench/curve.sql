-- The baseline of the agency-wide curve check: the predikat counts per unit in one
-- hand-written query, every employee counted in the unit of their plan and a unit's
-- leader one level up (every unit of bench/curve-data.sql has an organisation result, so
-- the nearest unit with a result is the plan's unit or, for its leader, the parent).
-- pgbench -n -f bench/curve.sql -D agency=1 -D year=2026 -t 20 DB
SELECT CASE WHEN p.heads_unit THEN u.parent_id ELSE u.id END AS curve_unit, r.predikat AS unit_predikat,
       e.predikat, count(*)
FROM evaluation e
JOIN skp s ON s.id = e.skp_id
JOIN job_position p ON p.id = s.position_id
JOIN unit u ON u.id = e.unit_id
LEFT JOIN organisation_result r ON r.unit_id = CASE WHEN p.heads_unit THEN u.parent_id ELSE u.id END
     AND r.result_year = :year
WHERE e.agency_id = :agency AND e.period_year = :year AND e.annual
GROUP BY 1, 2, 3;
