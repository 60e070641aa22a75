-- Planning: the agency's performance year with its settings, organisation goals, and the
-- SKP with its planned results (RHK), indicators (IKI), behaviour expectations and versions.

-- One performance year of an agency and the settings of domain.md that vary by agency.
CREATE TABLE performance_period (
    id                       BIGSERIAL PRIMARY KEY,
    agency_id                BIGINT NOT NULL REFERENCES agency (id),
    period_year              INTEGER NOT NULL,
    frequency                VARCHAR(12) NOT NULL,
    skp_deadline             DATE NOT NULL,
    realisation_deadline_day INTEGER NOT NULL,
    rating_deadline_day      INTEGER NOT NULL,
    annual_deadline          DATE NOT NULL,
    curve_enforcement        VARCHAR(8) NOT NULL,
    curve_scope              VARCHAR(10) NOT NULL,
    appeal_days              INTEGER NOT NULL,
    regional_head_rates_jpt  BOOLEAN NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(100) NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by               VARCHAR(100) NOT NULL,
    version                  BIGINT NOT NULL,
    CONSTRAINT performance_period_uk UNIQUE (agency_id, period_year)
);

-- Organisation goals: the agency's strategic goals (no unit) and each unit's goals
-- (Perjanjian Kinerja), a unit goal supporting an agency goal.
CREATE TABLE org_goal (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT NOT NULL REFERENCES agency (id),
    goal_year      INTEGER NOT NULL,
    unit_id        BIGINT REFERENCES unit (id),
    parent_goal_id BIGINT REFERENCES org_goal (id),
    code           VARCHAR(32) NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    retired        BOOLEAN NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    version        BIGINT NOT NULL,
    CONSTRAINT org_goal_code_uk UNIQUE (agency_id, goal_year, code)
);
CREATE INDEX org_goal_unit_ix ON org_goal (agency_id, goal_year, unit_id);
CREATE INDEX org_goal_parent_ix ON org_goal (parent_goal_id);

-- The key indicators (IKU) of a goal with the yearly target.
CREATE TABLE org_goal_indicator (
    id          BIGSERIAL PRIMARY KEY,
    org_goal_id BIGINT NOT NULL REFERENCES org_goal (id),
    position_no INTEGER NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    target      VARCHAR(100) NOT NULL,
    target_unit VARCHAR(60)
);
CREATE INDEX org_goal_indicator_goal_ix ON org_goal_indicator (org_goal_id);

-- One SKP of an employee for a position and (part of) a year. The header keeps what was
-- true on the start date: the post, the unit and the pejabat penilai.
CREATE TABLE skp (
    id                      BIGSERIAL PRIMARY KEY,
    agency_id               BIGINT NOT NULL REFERENCES agency (id),
    employee_id             BIGINT NOT NULL REFERENCES employee (id),
    skp_year                INTEGER NOT NULL,
    start_date              DATE NOT NULL,
    end_date                DATE NOT NULL,
    status                  VARCHAR(12) NOT NULL,
    skp_format              VARCHAR(8) NOT NULL,
    approach                VARCHAR(12) NOT NULL,
    position_id             BIGINT REFERENCES job_position (id),
    position_name           VARCHAR(300),
    position_type           VARCHAR(20),
    unit_id                 BIGINT REFERENCES unit (id),
    unit_name               VARCHAR(200),
    golongan                VARCHAR(16) NOT NULL,
    appraiser_id            BIGINT REFERENCES employee (id),
    appraiser_regional_head BOOLEAN NOT NULL,
    appraiser_position_name VARCHAR(300),
    upper_appraiser_id      BIGINT REFERENCES employee (id),
    resource_support        VARCHAR(4000),
    accountability_scheme   VARCHAR(4000),
    consequences            VARCHAR(4000),
    return_note             VARCHAR(2000),
    submitted_at            TIMESTAMP WITH TIME ZONE,
    decided_at              TIMESTAMP WITH TIME ZONE,
    decided_by              VARCHAR(100),
    closed_reason           VARCHAR(500),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100) NOT NULL,
    version                 BIGINT NOT NULL
);
CREATE INDEX skp_employee_ix ON skp (employee_id, skp_year);
CREATE INDEX skp_appraiser_ix ON skp (appraiser_id, skp_year);
CREATE INDEX skp_agency_ix ON skp (agency_id, skp_year, status);

-- The supervisor's special expectations (ekspektasi khusus pimpinan) per BerAKHLAK value.
CREATE TABLE skp_behaviour (
    skp_id         BIGINT NOT NULL REFERENCES skp (id),
    core_value     VARCHAR(30) NOT NULL,
    expectation    VARCHAR(2000),
    CONSTRAINT skp_behaviour_pk PRIMARY KEY (skp_id, core_value)
);

-- A planned result (Rencana Hasil Kerja). A non-JPT RHK names the supervisor's RHK it
-- supports; a JPT RHK derives from an organisation goal and has a perspective.
CREATE TABLE rhk (
    id                        BIGSERIAL PRIMARY KEY,
    agency_id                 BIGINT NOT NULL REFERENCES agency (id),
    skp_id                    BIGINT NOT NULL REFERENCES skp (id),
    position_no               INTEGER NOT NULL,
    text                      VARCHAR(2000) NOT NULL,
    kind                      VARCHAR(10) NOT NULL,
    supervisor_rhk_id         BIGINT REFERENCES rhk (id),
    org_goal_id               BIGINT REFERENCES org_goal (id),
    perspective               VARCHAR(20),
    supervisor_change         VARCHAR(10),
    removed                   BOOLEAN NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                VARCHAR(100) NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                VARCHAR(100) NOT NULL,
    version                   BIGINT NOT NULL
);
CREATE INDEX rhk_skp_ix ON rhk (skp_id, position_no);
CREATE INDEX rhk_supervisor_rhk_ix ON rhk (supervisor_rhk_id);

-- An indicator (Indikator Kinerja Individu) of an RHK with its target.
CREATE TABLE indicator (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT NOT NULL REFERENCES agency (id),
    rhk_id      BIGINT NOT NULL REFERENCES rhk (id),
    position_no INTEGER NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    aspect      VARCHAR(10),
    target      VARCHAR(200) NOT NULL,
    target_unit VARCHAR(60),
    removed     BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL
);
CREATE INDEX indicator_rhk_ix ON indicator (rhk_id, position_no);

-- Every submitted and approved state of an SKP, whole, as JSON.
CREATE TABLE skp_version (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT NOT NULL REFERENCES agency (id),
    skp_id      BIGINT NOT NULL REFERENCES skp (id),
    version_no  INTEGER NOT NULL,
    status      VARCHAR(12) NOT NULL,
    snapshot    TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT skp_version_uk UNIQUE (skp_id, version_no)
);
