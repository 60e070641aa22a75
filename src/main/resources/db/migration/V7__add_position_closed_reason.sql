-- A closed post (jabatan) is kept for history with the date and the reason it closed.
ALTER TABLE job_position ADD COLUMN closed_reason VARCHAR(500);
