-- The team board's statements for one request (TeamBoard.team with ReportingLines and
-- PostHoldings), one level of the post tree below the supervisor's posts, replayed by
-- bench/team.sh through pgbench in simple mode:
--   pgbench -n -M simple -c64 -j2 -T30 -f bench/team.sql -D sup=EMPLOYEE_ID -D ids=ID,ID,...
--     -D skps=SKP,SKP,... -D year=2026 -D agency=1 -D day="'2026-12-02'" -D until="'2026-11-01'" DB
-- Who holds each of the supervisor's posts in force (which ones they lead), then one level of
-- the posts below with their holders in force.
SELECT position_id, employee_id, kind FROM assignment WHERE position_id IN
  (SELECT a.position_id FROM assignment a WHERE a.employee_id IN (:sup) AND a.start_date <= :day
   AND (a.end_date IS NULL OR a.end_date >= :day))
  AND start_date <= :day AND (end_date IS NULL OR end_date >= :day) ORDER BY start_date;
SELECT p.id, p.reports_to_id, a.employee_id, a.kind FROM job_position p
  LEFT JOIN assignment a ON a.position_id = p.id AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
  WHERE p.reports_to_id IN (SELECT position_id FROM assignment WHERE employee_id = :sup) AND p.closed_on IS NULL
  ORDER BY a.start_date;
-- The overrides.
SELECT employee_id FROM reporting_override WHERE employee_id IN (:ids) AND start_date <= :day
  AND (end_date IS NULL OR end_date >= :day);
SELECT supervisor_id, employee_id FROM reporting_override WHERE supervisor_id IN (:sup) AND start_date <= :day
  AND (end_date IS NULL OR end_date >= :day);
-- The people and their posts today.
SELECT e.id, e.agency_id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.status,
       p.id AS position_id, p.name AS position_name, p.position_type, p.jenjang, p.heads_unit,
       u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, a.start_date, a.end_date
  FROM employee e
  LEFT JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF'
       AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
  LEFT JOIN job_position p ON p.id = a.position_id
  LEFT JOIN unit u ON u.id = p.unit_id
  WHERE e.id IN (:ids);
-- The year's settings, plans, RHKs, reports, achievement, last log, extensions.
SELECT * FROM performance_period WHERE agency_id = :agency AND period_year = :year;
SELECT id, employee_id, status, start_date, end_date, updated_at FROM skp
  WHERE employee_id IN (:ids) AND skp_year = :year AND agency_id = :agency;
SELECT id, skp_id, position_no, text FROM rhk WHERE skp_id IN (:skps) AND NOT removed ORDER BY skp_id, position_no;
SELECT skp_id, period_code, status, submitted_late, updated_at FROM realisation_report WHERE skp_id IN (:skps);
SELECT r.rhk_id, p.period_start, p.period_code, AVG(r.achievement), MAX(r.updated_at)
  FROM realisation r JOIN realisation_report p ON p.id = r.report_id
  WHERE r.skp_id IN (:skps) AND p.skp_id IN (:skps) AND p.period_start <= :until
  GROUP BY r.rhk_id, p.period_start, p.period_code;
SELECT employee_id, MAX(updated_at) FROM daily_log WHERE employee_id IN (:ids) GROUP BY employee_id;
SELECT e.period_code, e.new_deadline, u.path FROM deadline_extension e JOIN unit u ON u.id = e.unit_id
  WHERE e.agency_id = :agency AND e.revoked = FALSE;
