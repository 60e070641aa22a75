-- Periodic realisation. One report per SKP and period (the unit that is submitted and
-- acknowledged), one realisation per indicator (IKI) of the plan in that report.
CREATE TABLE realisation_report (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    skp_id           BIGINT NOT NULL REFERENCES skp (id),
    employee_id      BIGINT NOT NULL REFERENCES employee (id),
    period_code      VARCHAR(10) NOT NULL,
    period_start     DATE NOT NULL,
    period_end       DATE NOT NULL,
    status           VARCHAR(12) NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    submitted_late   BOOLEAN NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by_id    BIGINT REFERENCES employee (id),
    return_note      VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL,
    CONSTRAINT realisation_report_period_uq UNIQUE (skp_id, period_code)
);
CREATE INDEX realisation_report_employee_ix ON realisation_report (employee_id, period_start);
CREATE INDEX realisation_report_agency_ix ON realisation_report (agency_id, period_code, status);

-- The realisation of one indicator in one period: the realised value (a number, or a
-- description for a qualitative plan), the achievement against the target, the note, and
-- when below target the obstacle, its cause and the planned fix.
CREATE TABLE realisation (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    report_id        BIGINT NOT NULL REFERENCES realisation_report (id),
    skp_id           BIGINT NOT NULL REFERENCES skp (id),
    rhk_id           BIGINT NOT NULL REFERENCES rhk (id),
    indicator_id     BIGINT NOT NULL REFERENCES indicator (id),
    value_number     DECIMAL(18, 2),
    value_text       VARCHAR(4000),
    achievement      DECIMAL(7, 2),
    budget           DECIMAL(18, 2),
    note             VARCHAR(2000),
    obstacle         VARCHAR(2000),
    obstacle_cause   VARCHAR(2000),
    planned_fix      VARCHAR(2000),
    source           VARCHAR(8) NOT NULL,
    source_client    VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL,
    CONSTRAINT realisation_indicator_uq UNIQUE (report_id, indicator_id)
);
CREATE INDEX realisation_skp_ix ON realisation (skp_id);

-- A file or a link that supports a realisation (bukti dukung). The file itself lives in the
-- evidence store under storage_key; a link has a url instead.
CREATE TABLE evidence (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    realisation_id   BIGINT NOT NULL REFERENCES realisation (id),
    file_name        VARCHAR(200),
    content_type     VARCHAR(120),
    size_bytes       BIGINT,
    sha256           VARCHAR(64),
    storage_key      VARCHAR(300),
    url              VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX evidence_realisation_ix ON evidence (realisation_id);

-- A later realisation deadline for one unit (and the units below it) and one period,
-- granted by an admin with the reason.
CREATE TABLE deadline_extension (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    unit_id          BIGINT NOT NULL REFERENCES unit (id),
    period_code      VARCHAR(10) NOT NULL,
    new_deadline     DATE NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    revoked          BOOLEAN NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX deadline_extension_unit_ix ON deadline_extension (unit_id, period_code);
