-- Performance dialogues (dialog kinerja) between a supervisor and a subordinate: scheduled
-- with an agenda, held with notes, and the actions agreed in them followed up one by one.
CREATE TABLE dialogue (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT NOT NULL REFERENCES agency (id),
    employee_id        BIGINT NOT NULL REFERENCES employee (id),
    supervisor_id      BIGINT NOT NULL REFERENCES employee (id),
    skp_id             BIGINT REFERENCES skp (id),
    period_code        VARCHAR(10),
    scheduled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    place              VARCHAR(200),
    agenda             VARCHAR(2000) NOT NULL,
    status             VARCHAR(12) NOT NULL,
    notes              VARCHAR(8000),
    employee_comment   VARCHAR(2000),
    employee_agreed    BOOLEAN NOT NULL,
    held_at            TIMESTAMP WITH TIME ZONE,
    cancel_reason      VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX dialogue_employee_ix ON dialogue (employee_id, scheduled_at);
CREATE INDEX dialogue_supervisor_ix ON dialogue (supervisor_id, scheduled_at);

-- An action agreed in a dialogue: what, who (the subordinate or the supervisor), by when,
-- and how it was followed up.
CREATE TABLE dialogue_action (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT NOT NULL REFERENCES agency (id),
    dialogue_id        BIGINT NOT NULL REFERENCES dialogue (id),
    action_text        VARCHAR(1000) NOT NULL,
    owner_id           BIGINT NOT NULL REFERENCES employee (id),
    due_date           DATE NOT NULL,
    status             VARCHAR(10) NOT NULL,
    done_at            TIMESTAMP WITH TIME ZONE,
    follow_up_note     VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX dialogue_action_dialogue_ix ON dialogue_action (dialogue_id);
CREATE INDEX dialogue_action_owner_ix ON dialogue_action (owner_id, status, due_date);

-- A coaching, mentoring or counselling (konseling) session held by a coach for an employee.
CREATE TABLE coaching_session (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT NOT NULL REFERENCES agency (id),
    employee_id        BIGINT NOT NULL REFERENCES employee (id),
    coach_id           BIGINT NOT NULL REFERENCES employee (id),
    skp_id             BIGINT REFERENCES skp (id),
    period_code        VARCHAR(10),
    kind               VARCHAR(10) NOT NULL,
    session_date       DATE NOT NULL,
    issues             VARCHAR(4000) NOT NULL,
    agreed_actions     VARCHAR(4000),
    follow_up          VARCHAR(4000),
    status             VARCHAR(12) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX coaching_session_employee_ix ON coaching_session (employee_id, session_date);
CREATE INDEX coaching_session_coach_ix ON coaching_session (coach_id, session_date);

-- The employee's feedback on a held session: once, the fixed statements (codes whose text
-- lives in the message bundles) each answered on a 1-5 scale, and a free comment.
CREATE TABLE coaching_feedback (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT NOT NULL REFERENCES agency (id),
    session_id         BIGINT NOT NULL REFERENCES coaching_session (id),
    employee_id        BIGINT NOT NULL REFERENCES employee (id),
    feedback_comment   VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT coaching_feedback_session_uq UNIQUE (session_id)
);

CREATE TABLE coaching_feedback_answer (
    feedback_id        BIGINT NOT NULL REFERENCES coaching_feedback (id),
    statement_code     VARCHAR(40) NOT NULL,
    score              INTEGER NOT NULL,
    CONSTRAINT coaching_feedback_answer_pk PRIMARY KEY (feedback_id, statement_code)
);

-- The coach's competence evaluation after a held session: each competence scored 1-5
-- with the reason.
CREATE TABLE competence_evaluation (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT NOT NULL REFERENCES agency (id),
    session_id         BIGINT NOT NULL REFERENCES coaching_session (id),
    coach_id           BIGINT NOT NULL REFERENCES employee (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT competence_evaluation_session_uq UNIQUE (session_id)
);

CREATE TABLE competence_score (
    evaluation_id      BIGINT NOT NULL REFERENCES competence_evaluation (id),
    competence_code    VARCHAR(40) NOT NULL,
    competence_name    VARCHAR(200),
    score              INTEGER NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    line_no            INTEGER NOT NULL,
    CONSTRAINT competence_score_pk PRIMARY KEY (evaluation_id, line_no)
);
