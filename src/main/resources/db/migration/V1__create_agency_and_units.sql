CREATE TABLE agency (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    agency_type VARCHAR(32)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT agency_code_uk UNIQUE (code)
);

CREATE TABLE unit (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT NOT NULL REFERENCES agency (id),
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    abbreviation VARCHAR(50),
    parent_id    BIGINT REFERENCES unit (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    version      BIGINT NOT NULL,
    CONSTRAINT unit_code_uk UNIQUE (agency_id, code)
);
CREATE INDEX unit_parent_ix ON unit (agency_id, parent_id);
