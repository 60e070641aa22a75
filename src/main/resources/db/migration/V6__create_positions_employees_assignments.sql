-- The regional head (bupati, wali kota, gubernur) is not an ASN and has no NIP, but rates the
-- top of the agency: kept on the agency itself.
ALTER TABLE agency ADD COLUMN head_title VARCHAR(200);
ALTER TABLE agency ADD COLUMN head_name VARCHAR(200);

-- Materialised path of unit ids ('/3/17/'), for subtree queries without recursion.
ALTER TABLE unit ADD COLUMN path VARCHAR(2000);
ALTER TABLE unit ADD COLUMN closed_on DATE;
ALTER TABLE unit ADD COLUMN closed_reason VARCHAR(500);
CREATE INDEX unit_path_ix ON unit (agency_id, path);

-- A post (jabatan) in a unit; several posts may share a name. Vacant posts are allowed.
CREATE TABLE job_position (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT NOT NULL REFERENCES agency (id),
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    name          VARCHAR(300) NOT NULL,
    position_type VARCHAR(20) NOT NULL,
    jenjang       VARCHAR(20),
    reports_to_id BIGINT REFERENCES job_position (id),
    heads_unit    BOOLEAN NOT NULL,
    closed_on     DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    version       BIGINT NOT NULL
);
CREATE INDEX job_position_unit_ix ON job_position (agency_id, unit_id);
CREATE INDEX job_position_reports_to_ix ON job_position (reports_to_id);

CREATE TABLE employee (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT NOT NULL REFERENCES agency (id),
    nip         VARCHAR(18) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    front_title VARCHAR(60),
    back_title  VARCHAR(120),
    sex         VARCHAR(1) NOT NULL,
    birth_date  DATE NOT NULL,
    asn_type    VARCHAR(4) NOT NULL,
    golongan    VARCHAR(8) NOT NULL,
    email       VARCHAR(200),
    phone       VARCHAR(30),
    status      VARCHAR(10) NOT NULL,
    search_text VARCHAR(300) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT employee_nip_uk UNIQUE (nip)
);
CREATE INDEX employee_agency_ix ON employee (agency_id, status);

-- Who holds which post when: definitive (definitif) or acting (Plt, Plh).
CREATE TABLE assignment (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT NOT NULL REFERENCES agency (id),
    employee_id BIGINT NOT NULL REFERENCES employee (id),
    position_id BIGINT NOT NULL REFERENCES job_position (id),
    kind        VARCHAR(10) NOT NULL,
    start_date  DATE NOT NULL,
    end_date    DATE,
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL
);
CREATE INDEX assignment_employee_ix ON assignment (employee_id, start_date);
CREATE INDEX assignment_position_ix ON assignment (position_id, start_date);

-- Where the real line differs from the post tree: this employee's supervisor is that one.
CREATE TABLE reporting_override (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT NOT NULL REFERENCES agency (id),
    employee_id   BIGINT NOT NULL REFERENCES employee (id),
    supervisor_id BIGINT REFERENCES employee (id),
    start_date    DATE NOT NULL,
    end_date      DATE,
    reason        VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    version       BIGINT NOT NULL
);
CREATE INDEX reporting_override_employee_ix ON reporting_override (employee_id, start_date);
CREATE INDEX reporting_override_supervisor_ix ON reporting_override (supervisor_id, start_date);

-- Accounts of employees point to them (admins have none).
ALTER TABLE user_account ADD COLUMN employee_id BIGINT REFERENCES employee (id);

-- Accounts made for imported employees have no password until the first activation.
ALTER TABLE user_account ALTER COLUMN password_hash DROP NOT NULL;
