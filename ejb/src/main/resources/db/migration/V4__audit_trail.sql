-- The audit trail (scoring.md §6): every change of a year's state, every calculation run and every
-- import that landed: who, when, what before, what after, why. Entries are only ever added.
-- Same script on H2 (MySQL mode) and MySQL 8 / MariaDB.

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    -- UTC
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    -- what changed, e.g. 'year:2024'
    subject     VARCHAR(100)  NOT NULL,
    before_value VARCHAR(1000),
    after_value  VARCHAR(1000),
    reason      VARCHAR(1000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_entry_subject ON audit_entry (subject, occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_at ON audit_entry (occurred_at);
