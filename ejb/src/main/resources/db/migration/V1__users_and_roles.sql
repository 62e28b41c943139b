-- Accounts of the portal and the API. The same script runs on H2 (MySQL mode) and MySQL 8 / MariaDB.

CREATE TABLE app_role (
    code        VARCHAR(16)  NOT NULL,
    description VARCHAR(100) NOT NULL,
    CONSTRAINT pk_app_role PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO app_role (code, description) VALUES
    ('ADMIN',      'Administrator'),
    ('SUPERVISOR', 'HQ staff (supervision department)'),
    ('EXECUTIVE',  'Executive: approves the year'),
    ('DEALER',     'Dealer user: sees its own dealer only');

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    dealer_code   VARCHAR(16),
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_role FOREIGN KEY (role) REFERENCES app_role (code),
    -- a dealer user is tied to exactly one dealer; HQ accounts to none
    CONSTRAINT ck_app_user_dealer CHECK ((role = 'DEALER' AND dealer_code IS NOT NULL)
                                      OR (role <> 'DEALER' AND dealer_code IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
