-- API tokens (interfaces.md "API tokens"): an integrator's credential instead of a password, so a
-- request costs no password hash. Only the SHA-256 of the token is kept, never the token itself;
-- a request finds its token by that hash. The same script runs on H2 (MySQL mode) and MySQL 8 / MariaDB.
CREATE TABLE api_token (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    owner_username VARCHAR(64)  NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    secret_hash    CHAR(64)     NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    expires_on     DATE         NOT NULL,
    revoked_at     DATETIME(3),
    revoked_by     VARCHAR(64),
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uk_api_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_username) REFERENCES app_user (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_api_token_owner ON api_token (owner_username);
