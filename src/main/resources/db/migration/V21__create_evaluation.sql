-- Evaluation (penilaian): one row per SKP and period, where the period is a periodic code
-- (2026-10, 2026-Q4, 2026-S2) or the year itself (2026) for the annual evaluation. The
-- employee's self-assessment, the pejabat penilai's two ratings with the predikat that
-- follows from them, calibration, finalisation, receipt and the credit points earned.
CREATE TABLE evaluation (
    id                  BIGSERIAL PRIMARY KEY,
    agency_id           BIGINT NOT NULL REFERENCES agency (id),
    skp_id              BIGINT NOT NULL REFERENCES skp (id),
    employee_id         BIGINT NOT NULL REFERENCES employee (id),
    period_code         VARCHAR(10) NOT NULL,
    annual              BOOLEAN NOT NULL,
    period_year         INTEGER NOT NULL,
    period_start        DATE NOT NULL,
    period_end          DATE NOT NULL,
    unit_id             BIGINT REFERENCES unit (id),
    status              VARCHAR(16) NOT NULL,
    self_assessment     VARCHAR(4000),
    self_submitted_at   TIMESTAMP WITH TIME ZONE,
    rating_hasil        VARCHAR(24),
    rating_perilaku     VARCHAR(24),
    reason              VARCHAR(2000),
    predikat            VARCHAR(16),
    notes               VARCHAR(4000),
    recommendation      VARCHAR(4000),
    rated_by_id         BIGINT REFERENCES employee (id),
    rated_by            VARCHAR(100),
    rated_at            TIMESTAMP WITH TIME ZONE,
    calibrated_by       VARCHAR(100),
    calibrated_at       TIMESTAMP WITH TIME ZONE,
    calibration_reason  VARCHAR(2000),
    finalised_by        VARCHAR(100),
    finalised_at        TIMESTAMP WITH TIME ZONE,
    acknowledged_at     TIMESTAMP WITH TIME ZONE,
    appeal_deadline     DATE,
    credit_jenjang      VARCHAR(16),
    credit_months       INTEGER,
    credit_points       DECIMAL(7, 2),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT evaluation_period_uq UNIQUE (skp_id, period_code)
);
CREATE INDEX evaluation_year_ix ON evaluation (agency_id, period_year, annual, unit_id);
CREATE INDEX evaluation_employee_ix ON evaluation (employee_id, period_year);
CREATE INDEX evaluation_rater_ix ON evaluation (rated_by_id, period_year);

-- The notes of an evaluation per RHK or per BerAKHLAK value: the employee's own note
-- (penilaian diri) and the pejabat penilai's feedback.
CREATE TABLE evaluation_note (
    evaluation_id   BIGINT NOT NULL REFERENCES evaluation (id),
    subject         VARCHAR(40) NOT NULL,
    rhk_id          BIGINT REFERENCES rhk (id),
    core_value      VARCHAR(30),
    self_note       VARCHAR(2000),
    feedback        VARCHAR(2000),
    CONSTRAINT evaluation_note_pk PRIMARY KEY (evaluation_id, subject)
);

-- The predikat kinerja organisasi of a unit for a year, set by the leader above the unit
-- or by Admin BKPSDM. It fixes the distribution pattern of the unit's predikat and the
-- unit leader's rating hasil kerja.
CREATE TABLE organisation_result (
    id              BIGSERIAL PRIMARY KEY,
    agency_id       BIGINT NOT NULL REFERENCES agency (id),
    unit_id         BIGINT NOT NULL REFERENCES unit (id),
    result_year     INTEGER NOT NULL,
    predikat        VARCHAR(16) NOT NULL,
    note            VARCHAR(2000),
    set_by_id       BIGINT REFERENCES employee (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT organisation_result_uq UNIQUE (unit_id, result_year)
);
CREATE INDEX organisation_result_agency_ix ON organisation_result (agency_id, result_year);

-- The annual finalisation of a unit (after calibration): who finalised it and when, with
-- the counts and the curve's verdict at that moment.
CREATE TABLE unit_finalisation (
    id              BIGSERIAL PRIMARY KEY,
    agency_id       BIGINT NOT NULL REFERENCES agency (id),
    unit_id         BIGINT NOT NULL REFERENCES unit (id),
    result_year     INTEGER NOT NULL,
    finalised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finalised_by    VARCHAR(100) NOT NULL,
    evaluations     INTEGER NOT NULL,
    curve_fits      BOOLEAN NOT NULL,
    summary         VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT unit_finalisation_uq UNIQUE (unit_id, result_year)
);

-- An objection (keberatan) to a finalised evaluation, filed by the employee within the
-- window, decided by the atasan pejabat penilai. The decision is final.
CREATE TABLE appeal (
    id                   BIGSERIAL PRIMARY KEY,
    agency_id            BIGINT NOT NULL REFERENCES agency (id),
    evaluation_id        BIGINT NOT NULL REFERENCES evaluation (id),
    employee_id          BIGINT NOT NULL REFERENCES employee (id),
    appraiser_id         BIGINT REFERENCES employee (id),
    decider_id           BIGINT REFERENCES employee (id),
    status               VARCHAR(16) NOT NULL,
    reasons              VARCHAR(4000) NOT NULL,
    filed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    decision             VARCHAR(8),
    decision_reason      VARCHAR(4000),
    old_rating_hasil     VARCHAR(24),
    old_rating_perilaku  VARCHAR(24),
    old_predikat         VARCHAR(16),
    new_rating_hasil     VARCHAR(24),
    new_rating_perilaku  VARCHAR(24),
    new_predikat         VARCHAR(16),
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(100),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              BIGINT NOT NULL,
    CONSTRAINT appeal_evaluation_uq UNIQUE (evaluation_id)
);
CREATE INDEX appeal_decider_ix ON appeal (decider_id, status);

-- The exchange of an appeal: the decider's requests for an explanation and the answers
-- of the pejabat penilai or the employee, in order.
CREATE TABLE appeal_message (
    appeal_id       BIGINT NOT NULL REFERENCES appeal (id),
    position_no     INTEGER NOT NULL,
    author_id       BIGINT REFERENCES employee (id),
    author_role     VARCHAR(12) NOT NULL,
    addressed_to    VARCHAR(12),
    kind            VARCHAR(12) NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appeal_message_pk PRIMARY KEY (appeal_id, position_no)
);

-- A development need recorded when a finalised evaluation gives Butuh Perbaikan or worse:
-- coaching, mentoring, counselling or competence development for the follow-up module.
CREATE TABLE development_need (
    id              BIGSERIAL PRIMARY KEY,
    agency_id       BIGINT NOT NULL REFERENCES agency (id),
    employee_id     BIGINT NOT NULL REFERENCES employee (id),
    evaluation_id   BIGINT NOT NULL REFERENCES evaluation (id),
    need_year       INTEGER NOT NULL,
    predikat        VARCHAR(16) NOT NULL,
    status          VARCHAR(12) NOT NULL,
    note            VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT development_need_uq UNIQUE (evaluation_id)
);
CREATE INDEX development_need_employee_ix ON development_need (employee_id, need_year);
