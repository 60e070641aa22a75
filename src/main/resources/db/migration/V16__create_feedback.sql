-- Continuous feedback (umpan balik) on a plan: on the whole SKP, one RHK, one BerAKHLAK
-- value or one realisation, by those above the owner in the line (SUPERVISOR) or by a
-- colleague the owner invited (PEER). The owner replies. Feedback is never deleted.
CREATE TABLE feedback (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    skp_id           BIGINT NOT NULL REFERENCES skp (id),
    owner_id         BIGINT NOT NULL REFERENCES employee (id),
    target_kind      VARCHAR(12) NOT NULL,
    rhk_id           BIGINT REFERENCES rhk (id),
    core_value       VARCHAR(30),
    realisation_id   BIGINT REFERENCES realisation (id),
    author_id        BIGINT NOT NULL REFERENCES employee (id),
    author_role      VARCHAR(10) NOT NULL,
    body             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX feedback_skp_ix ON feedback (skp_id, created_at);
CREATE INDEX feedback_owner_ix ON feedback (owner_id, created_at);
CREATE INDEX feedback_author_ix ON feedback (author_id, created_at);

-- A reply to a feedback, by the owner of the plan or by the feedback's author.
CREATE TABLE feedback_reply (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    feedback_id      BIGINT NOT NULL REFERENCES feedback (id),
    author_id        BIGINT NOT NULL REFERENCES employee (id),
    body             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX feedback_reply_feedback_ix ON feedback_reply (feedback_id, created_at);

-- A colleague the owner of a plan asked for input (penilaian rekan kerja) on it; ACTIVE
-- until the owner withdraws it (WITHDRAWN), kept afterwards.
CREATE TABLE peer_invitation (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    skp_id           BIGINT NOT NULL REFERENCES skp (id),
    owner_id         BIGINT NOT NULL REFERENCES employee (id),
    skp_year         INTEGER NOT NULL,
    peer_id          BIGINT NOT NULL REFERENCES employee (id),
    invited_by_id    BIGINT NOT NULL REFERENCES employee (id),
    note             VARCHAR(500),
    status           VARCHAR(10) NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX peer_invitation_skp_ix ON peer_invitation (skp_id, status);
CREATE INDEX peer_invitation_peer_ix ON peer_invitation (peer_id, status);

-- The agency's feedback settings: whether the owner of a plan sees peer input (always
-- without its author). No row means the default: not visible.
CREATE TABLE feedback_setting (
    id                        BIGSERIAL PRIMARY KEY,
    agency_id                 BIGINT NOT NULL REFERENCES agency (id),
    peer_visible_to_employee  BOOLEAN NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                VARCHAR(100) NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                VARCHAR(100) NOT NULL,
    version                   BIGINT NOT NULL,
    CONSTRAINT feedback_setting_agency_uq UNIQUE (agency_id)
);
