-- Baseline of bench/submit.sh: the SQL statements one POST /api/v1/skp/{id}/realisations
-- executes (captured with log_statement=all on a generated database, 2026-12-02), for a
-- random employee of the benchmark's set (table bench_submit_set, made by submit.sh).
-- pgbench -n -c64 -j2 -T30 -D n=<rows of bench_submit_set> -f bench/submit.sql DB
\set k random(1, :n)
SELECT skp, indicator, rhk, agency, employee FROM bench_submit_set WHERE n = :k \gset
-- bearer token → the caller (identity): account, roles, position and reporting line
BEGIN READ ONLY;
SELECT * FROM user_account WHERE username = (SELECT account FROM bench_submit_set WHERE n = :k);
SELECT unit_id, role_name, agency_id FROM role_grant WHERE user_account = (SELECT id FROM user_account WHERE username = (SELECT account FROM bench_submit_set WHERE n = :k));
SELECT a.position_id, a.employee_id, a.kind FROM assignment a WHERE a.employee_id IN (:employee) AND a.start_date <= CURRENT_DATE AND (a.end_date IS NULL OR a.end_date >= CURRENT_DATE);
SELECT position_id, employee_id, kind FROM assignment WHERE position_id IN (SELECT position_id FROM assignment WHERE employee_id = :employee) AND start_date <= CURRENT_DATE AND (end_date IS NULL OR end_date >= CURRENT_DATE) ORDER BY start_date;
SELECT id, reports_to_id FROM job_position WHERE reports_to_id IN (SELECT position_id FROM assignment WHERE employee_id = :employee) AND closed_on IS NULL;
SELECT employee_id, supervisor_id FROM reporting_override WHERE employee_id IN (:employee) AND start_date <= CURRENT_DATE AND (end_date IS NULL OR end_date >= CURRENT_DATE) ORDER BY start_date;
SELECT employee_id, position_id FROM assignment WHERE employee_id IN (:employee) AND kind = 'DEFINITIF' AND start_date <= CURRENT_DATE AND (end_date IS NULL OR end_date >= CURRENT_DATE) ORDER BY start_date;
SELECT id, reports_to_id FROM job_position WHERE id IN (SELECT position_id FROM assignment WHERE employee_id = :employee) AND reports_to_id IS NOT NULL;
SELECT supervisor_id, employee_id FROM reporting_override WHERE supervisor_id IN (:employee) AND start_date <= CURRENT_DATE AND (end_date IS NULL OR end_date >= CURRENT_DATE);
SELECT a.position_id FROM assignment a JOIN job_position p ON p.id = a.position_id WHERE a.employee_id = :employee AND p.heads_unit AND a.start_date <= CURRENT_DATE AND (a.end_date IS NULL OR a.end_date >= CURRENT_DATE);
COMMIT;
-- the write: plan, period, deadline, plan view, report, the year's realisations, update, audit
BEGIN;
SELECT * FROM skp WHERE id = :skp;
SELECT core_value, expectation FROM skp_behaviour WHERE skp_id = :skp;
SELECT * FROM performance_period WHERE agency_id = :agency AND period_year = 2026;
SELECT max(e.new_deadline) FROM deadline_extension e JOIN unit granted ON granted.id = e.unit_id JOIN unit target ON target.id = (SELECT unit_id FROM skp WHERE id = :skp) WHERE e.agency_id = :agency AND e.period_code = (SELECT period FROM bench_submit_set WHERE n = :k) AND e.revoked = FALSE AND target.path LIKE granted.path || '%';
SELECT * FROM rhk WHERE skp_id = :skp AND removed = FALSE;
SELECT * FROM indicator WHERE rhk_id IN (SELECT id FROM rhk WHERE skp_id = :skp) AND removed = FALSE;
SELECT * FROM org_goal_indicator WHERE org_goal_id IN (SELECT org_goal_id FROM rhk WHERE skp_id = :skp) ORDER BY position_no;
SELECT * FROM employee WHERE id = :employee;
SELECT * FROM agency WHERE id = :agency;
SELECT * FROM realisation_report WHERE skp_id = :skp AND period_code = (SELECT period FROM bench_submit_set WHERE n = :k);
SELECT * FROM realisation_report WHERE skp_id = :skp;
SELECT * FROM realisation WHERE report_id IN (SELECT id FROM realisation_report WHERE skp_id = :skp) AND indicator_id = :indicator;
SELECT * FROM realisation WHERE report_id = (SELECT id FROM realisation_report WHERE skp_id = :skp AND period_code = (SELECT period FROM bench_submit_set WHERE n = :k)) AND indicator_id = :indicator;
UPDATE realisation SET value_number = value_number + 1, achievement = achievement, note = note, obstacle = 'Beban kerja', obstacle_cause = 'Tenggat', planned_fix = 'Jadwal ulang', source = 'EMPLOYEE', version = version + 1, updated_at = now(), updated_by = (SELECT account FROM bench_submit_set WHERE n = :k) WHERE report_id = (SELECT id FROM realisation_report WHERE skp_id = :skp AND period_code = (SELECT period FROM bench_submit_set WHERE n = :k)) AND indicator_id = :indicator;
INSERT INTO audit_record (agency_id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, ip_address) VALUES (:agency, now(), (SELECT account FROM bench_submit_set WHERE n = :k), 'UPDATE', 'Realisation', :indicator, '{"achievement":90.59,"agencyId":1,"budget":null,"note":"Pelaksanaan periode","obstacle":"Sebagian"}', '{"achievement":91.59,"agencyId":1,"budget":null,"note":"Pelaksanaan periode","obstacle":"Beban kerja"}', '127.0.0.1');
COMMIT;
-- the response: the report and the realisation's evidence
SELECT * FROM realisation_report WHERE skp_id = :skp AND period_code = (SELECT period FROM bench_submit_set WHERE n = :k);
SELECT * FROM evidence WHERE realisation_id = (SELECT id FROM realisation WHERE report_id = (SELECT id FROM realisation_report WHERE skp_id = :skp AND period_code = (SELECT period FROM bench_submit_set WHERE n = :k)) AND indicator_id = :indicator);
