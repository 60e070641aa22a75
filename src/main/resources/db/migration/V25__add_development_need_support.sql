-- What a development need suggests (coaching, mentoring, konseling or competence
-- development), and how it was closed: an appeal that lifted the predikat to Baik or better
-- cancels it, naming the appeal and the predikat it gave.
ALTER TABLE development_need ADD COLUMN support VARCHAR(24) DEFAULT 'COACHING' NOT NULL;
ALTER TABLE development_need ADD COLUMN period_code VARCHAR(10);
ALTER TABLE development_need ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE development_need ADD COLUMN appeal_id BIGINT REFERENCES appeal (id);
ALTER TABLE development_need ADD COLUMN appeal_predikat VARCHAR(16);
CREATE INDEX development_need_year_ix ON development_need (agency_id, need_year, status);
