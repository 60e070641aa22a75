-- The daily activity log (log harian): what an employee did on a day, with the output and
-- quantity and the RHK of the year's plan it serves.
CREATE TABLE daily_log (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT NOT NULL REFERENCES agency (id),
    employee_id BIGINT NOT NULL REFERENCES employee (id),
    log_date    DATE NOT NULL,
    activity    VARCHAR(2000) NOT NULL,
    output      VARCHAR(500),
    quantity    DECIMAL(12, 2),
    output_unit VARCHAR(60),
    rhk_id      BIGINT REFERENCES rhk (id),
    voided      BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL
);
CREATE INDEX daily_log_employee_ix ON daily_log (employee_id, log_date);
