CREATE TABLE user_account (
    id              BIGSERIAL PRIMARY KEY,
    agency_id       BIGINT NOT NULL REFERENCES agency (id),
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    enabled         BOOLEAN NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    preferred_locale VARCHAR(8),
    failed_attempts INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT user_account_username_uk UNIQUE (username)
);
CREATE INDEX user_account_agency_ix ON user_account (agency_id);

-- A role granted to an account; unit_id limits Admin OPD to a unit subtree.
CREATE TABLE role_grant (
    id           BIGSERIAL PRIMARY KEY,
    user_account BIGINT NOT NULL REFERENCES user_account (id),
    agency_id    BIGINT NOT NULL REFERENCES agency (id),
    role_name    VARCHAR(32) NOT NULL,
    unit_id      BIGINT REFERENCES unit (id),
    CONSTRAINT role_grant_uk UNIQUE (user_account, role_name, unit_id)
);

-- Secrets the app generates once and every node shares (e.g. the token signing key).
CREATE TABLE app_secret (
    name       VARCHAR(64) PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
