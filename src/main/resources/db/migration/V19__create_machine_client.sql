-- Another system of the agency (a service queue, population records) that reports
-- realisation values through the API. Only the SHA-256 of its secret token is kept, with
-- the token's first characters to recognise it in lists.
CREATE TABLE machine_client (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT NOT NULL REFERENCES agency (id),
    name             VARCHAR(100) NOT NULL,
    description      VARCHAR(1000),
    token_hash       VARCHAR(64) NOT NULL,
    token_prefix     VARCHAR(8) NOT NULL,
    active           BOOLEAN NOT NULL,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT NOT NULL,
    CONSTRAINT machine_client_name_uq UNIQUE (agency_id, name),
    CONSTRAINT machine_client_token_uq UNIQUE (token_hash)
);

-- The indicators (IKI) a client may report.
CREATE TABLE machine_client_indicator (
    client_id        BIGINT NOT NULL REFERENCES machine_client (id),
    indicator_id     BIGINT NOT NULL REFERENCES indicator (id),
    CONSTRAINT machine_client_indicator_pk PRIMARY KEY (client_id, indicator_id)
);
CREATE INDEX machine_client_indicator_ix ON machine_client_indicator (indicator_id);
