-- Background imports started from the import page, readable from every app node: who
-- started which file, how far it has come, and the row errors of a rejected file (JSON)
-- for the downloadable report. A job whose node stops sending heartbeats was interrupted.
CREATE TABLE import_job (
    id             VARCHAR(32) PRIMARY KEY,
    agency_id      BIGINT NOT NULL REFERENCES agency (id),
    kind           VARCHAR(16) NOT NULL,
    file_name      VARCHAR(300) NOT NULL,
    started_by_id  BIGINT NOT NULL,
    started_by     VARCHAR(100) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    phase          VARCHAR(16) NOT NULL,
    percent        INTEGER NOT NULL,
    rows_read      INTEGER,
    created_count  INTEGER,
    updated_count  INTEGER,
    error_count    INTEGER NOT NULL,
    errors         CHARACTER VARYING,
    failure_key    VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_owner_ix ON import_job (started_by_id, created_at);
