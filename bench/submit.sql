-- Baseline of bench/submit.sh: the SQL statements one POST /api/v1/skp/{id}/realisations
-- executes (captured with log_statement=all on a generated database, 2026-12-02, after the
-- narrow write path of branch submit), for a random employee of the benchmark's set (table
-- bench_submit_set, made by submit.sh). The repository reads name every column of the row
-- in the app; SELECT * (or the few columns pgbench needs as variables) reads the same rows
-- by the same indexes. Text values come from bench_submit_set by its primary key.
-- pgbench -n -c64 -j2 -T30 -D n=<rows of bench_submit_set> -f bench/submit.sql DB
\set k random(1, :n)
SELECT skp, indicator, agency, cast(substr(period, 1, 4) AS int) AS year FROM bench_submit_set WHERE n = :k \gset
-- bearer token → the caller: the account's stamp (the principal itself is kept a few seconds)
SELECT id, version, enabled FROM user_account WHERE username = (SELECT account FROM bench_submit_set WHERE n = :k);
-- the write: the plan's header, the year's settings (once), the deadline, the one indicator,
-- the report, the earlier periods' sum, the realisation, its stored state for the audit,
-- the update and the audit record
BEGIN;
SELECT id, agency_id, employee_id, unit_id, status, skp_year, start_date, end_date, approach FROM skp WHERE id = :skp \gset h_
SELECT * FROM performance_period WHERE agency_id = :agency AND (period_year = :year);
SELECT max(e.new_deadline) FROM deadline_extension e JOIN unit granted ON granted.id = e.unit_id JOIN unit target ON target.id = :h_unit_id WHERE e.agency_id = :agency AND e.period_code = (SELECT period FROM bench_submit_set WHERE n = :k) AND e.revoked = FALSE AND target.path LIKE granted.path || '%';
SELECT i.rhk_id, i.id, i.version, i.text, i.aspect, i.target, i.target_unit FROM indicator i JOIN rhk r ON r.id = i.rhk_id WHERE i.id = :indicator AND r.skp_id = :skp AND i.removed = FALSE AND r.removed = FALSE;
SELECT id AS rr_id, to_char(period_start, 'YYYYMMDD') AS rr_start FROM realisation_report WHERE skp_id = :skp AND (period_code = (SELECT period FROM bench_submit_set WHERE n = :k)) \gset
SELECT COALESCE(SUM(r.value_number), 0) FROM realisation r JOIN realisation_report p ON p.id = r.report_id WHERE r.skp_id = :skp AND r.indicator_id = :indicator AND p.period_start < to_date(:rr_start::text, 'YYYYMMDD');
SELECT id AS rid, version AS rver FROM realisation WHERE report_id = :rr_id AND (indicator_id = :indicator) \gset
SELECT * FROM realisation WHERE id = :rid;
UPDATE realisation SET value_number = value_number + 1, achievement = achievement, note = note, obstacle = 'Beban kerja', obstacle_cause = 'Tenggat', planned_fix = 'Jadwal ulang', source = 'EMPLOYEE', source_client = NULL, version = version + 1, updated_at = now(), updated_by = (SELECT account FROM bench_submit_set WHERE n = :k) WHERE id = :rid AND version = :rver;
INSERT INTO audit_record (agency_id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, ip_address) VALUES (:agency, now(), (SELECT account FROM bench_submit_set WHERE n = :k), 'UPDATE', 'Realisation', :rid, '{"achievement":90.59,"agencyId":1,"budget":null,"note":"Pelaksanaan periode","obstacle":"Sebagian"}', '{"achievement":91.59,"agencyId":1,"budget":null,"note":"Pelaksanaan periode","obstacle":"Beban kerja"}', '127.0.0.1');
COMMIT;
-- the response: the realisation's evidence (the period is known; a new realisation skips it)
SELECT * FROM evidence WHERE realisation_id = :rid ORDER BY id;
