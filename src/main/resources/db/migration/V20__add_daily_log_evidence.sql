-- The optional evidence of a daily log entry: a link to the document, photo or record
-- that shows the work (the file itself stays where the work is kept).
ALTER TABLE daily_log ADD COLUMN evidence_url VARCHAR(2000);
