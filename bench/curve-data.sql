-- Year-end data for the agency-wide curve check, written straight into a generated agency
-- (generate --employees N --seed S, without --plans): one approved SKP of :year per
-- employee in a definitive post, its annual evaluation rated and finalised with a
-- predikat drawn with a fixed seed (about 20 % Sangat Baik, 65 % Baik, 10 % Butuh
-- Perbaikan, 4 % Kurang/Misconduct, 1 % Sangat Kurang), and an organisation result
-- (Baik, every fifth unit Istimewa) for every unit with a head post.
-- Usage: psql -v agency=<id> -v year=2026 -f bench/curve-data.sql <db>
SELECT setseed(0.42);
INSERT INTO skp (agency_id, employee_id, skp_year, start_date, end_date, status, skp_format, approach,
                 position_id, position_name, position_type, unit_id, unit_name, golongan,
                 appraiser_regional_head, created_at, created_by, updated_at, updated_by, version)
SELECT e.agency_id, e.id, :year, make_date(:year, 1, 1), make_date(:year, 12, 31), 'APPROVED', 'NON_JPT',
       'KUANTITATIF', p.id, p.name, p.position_type, p.unit_id, u.name, e.golongan, false,
       now(), 'bench', now(), 'bench', 0
FROM employee e
JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF' AND a.end_date IS NULL
JOIN job_position p ON p.id = a.position_id
JOIN unit u ON u.id = p.unit_id
WHERE e.agency_id = :agency AND e.status = 'ACTIVE';

INSERT INTO evaluation (agency_id, skp_id, employee_id, period_code, annual, period_year, period_start,
                        period_end, unit_id, status, rating_hasil, rating_perilaku, predikat, rated_by,
                        rated_at, finalised_by, finalised_at, created_at, created_by, updated_at,
                        updated_by, version)
SELECT s.agency_id, s.id, s.employee_id, CAST(:year AS VARCHAR), true, :year, s.start_date, s.end_date,
       s.unit_id, 'FINALISED', r.hasil, r.perilaku, r.predikat, 'bench', now(), 'bench', now(), now(),
       'bench', now(), 'bench', 0
FROM skp s
CROSS JOIN LATERAL (SELECT random() AS x OFFSET 0) d
CROSS JOIN LATERAL (SELECT CASE WHEN d.x < 0.20 THEN 'DI_ATAS_EKSPEKTASI'
                                WHEN d.x < 0.85 THEN 'SESUAI_EKSPEKTASI'
                                WHEN d.x < 0.95 THEN 'DI_BAWAH_EKSPEKTASI'
                                WHEN d.x < 0.99 THEN 'SESUAI_EKSPEKTASI'
                                ELSE 'DI_BAWAH_EKSPEKTASI' END AS hasil,
                           CASE WHEN d.x < 0.20 THEN 'DI_ATAS_EKSPEKTASI'
                                WHEN d.x < 0.95 THEN 'SESUAI_EKSPEKTASI'
                                ELSE 'DI_BAWAH_EKSPEKTASI' END AS perilaku,
                           CASE WHEN d.x < 0.20 THEN 'SANGAT_BAIK'
                                WHEN d.x < 0.85 THEN 'BAIK'
                                WHEN d.x < 0.95 THEN 'BUTUH_PERBAIKAN'
                                WHEN d.x < 0.99 THEN 'KURANG'
                                ELSE 'SANGAT_KURANG' END AS predikat) r
WHERE s.agency_id = :agency AND s.skp_year = :year AND s.created_by = 'bench';

INSERT INTO organisation_result (agency_id, unit_id, result_year, predikat, created_at, created_by, updated_at,
                                 updated_by, version)
SELECT DISTINCT p.agency_id, p.unit_id, :year, CASE WHEN p.unit_id % 5 = 0 THEN 'ISTIMEWA' ELSE 'BAIK' END,
       now(), 'bench', now(), 'bench', 0
FROM job_position p
WHERE p.agency_id = :agency AND p.heads_unit;

ANALYZE skp;
ANALYZE evaluation;
ANALYZE organisation_result;
