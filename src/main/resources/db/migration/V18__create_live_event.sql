-- Live push across app nodes: a write appends a row here in its own transaction; every node
-- polls for rows above the last id it has seen and pushes them to its open SSE connections.
-- Rows are kept only briefly (a pruning job removes old ones).
CREATE TABLE live_event (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT NOT NULL,
    topic       VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The poll reads "id > ?" in id order with the topic: served from the index alone.
CREATE INDEX live_event_poll_ix ON live_event (id, agency_id, topic);
CREATE INDEX live_event_created_ix ON live_event (created_at);

-- The team board's "last activity" reads the latest change of each subordinate's log.
CREATE INDEX daily_log_updated_ix ON daily_log (employee_id, updated_at);
