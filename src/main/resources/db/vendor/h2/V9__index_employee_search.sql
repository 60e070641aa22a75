-- The directory lists active employees by name: the first page of everyone comes from here.
CREATE INDEX employee_name_ix ON employee (agency_id, status, name, nip);
