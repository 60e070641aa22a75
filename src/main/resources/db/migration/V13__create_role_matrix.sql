-- The Matriks Peran Hasil: a supervisor's distribution of the RHKs of one plan to the
-- direct subordinates who support them, kept so that it can be reopened and changed.
CREATE TABLE role_matrix (
    id         BIGSERIAL PRIMARY KEY,
    agency_id  BIGINT NOT NULL REFERENCES agency (id),
    skp_id     BIGINT NOT NULL REFERENCES skp (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT role_matrix_skp_uk UNIQUE (skp_id)
);

-- One tick: this subordinate supports this RHK of the supervisor.
CREATE TABLE role_matrix_cell (
    role_matrix_id BIGINT NOT NULL REFERENCES role_matrix (id),
    rhk_id         BIGINT NOT NULL REFERENCES rhk (id),
    employee_id    BIGINT NOT NULL REFERENCES employee (id)
);
CREATE INDEX role_matrix_cell_matrix_ix ON role_matrix_cell (role_matrix_id);
