-- Append-only: the code has no update or delete path, and a trigger (per vendor) refuses them.
CREATE TABLE audit_record (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    VARCHAR(64),
    before_state CHARACTER VARYING,
    after_state  CHARACTER VARYING,
    ip_address   VARCHAR(64)
);
CREATE INDEX audit_record_time_ix ON audit_record (agency_id, occurred_at);
CREATE INDEX audit_record_entity_ix ON audit_record (agency_id, entity_type, entity_id);
CREATE INDEX audit_record_actor_ix ON audit_record (agency_id, actor, occurred_at);
