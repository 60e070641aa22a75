-- Set-based reads of the plan cascade (pohon kinerja), the unit completion summary and
-- "who is waiting for whom".

-- Published by the employee module for other modules' set-based reads (a module reads
-- another's data through a view, never its tables): every assignment with its employee's
-- status and the unit and head flag of its post.
CREATE VIEW employee_placement AS
SELECT a.agency_id, a.employee_id, e.status AS employee_status, a.position_id, a.kind, p.unit_id,
       p.heads_unit, a.start_date, a.end_date
FROM assignment a
JOIN job_position p ON p.id = a.position_id
JOIN employee e ON e.id = a.employee_id;

-- The RHKs that derive from an organisation goal (goal nodes of the tree).
CREATE INDEX rhk_org_goal_ix ON rhk (org_goal_id);

-- The definitive assignments of an agency in force on a day (the completion summary).
CREATE INDEX assignment_agency_kind_ix ON assignment (agency_id, kind, start_date);
