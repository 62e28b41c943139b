-- The evaluation model: the dealer network, evaluation years with their policy and scheme, and
-- every kind of fact that feeds the CS score. Keys and value ranges as in interfaces.md §1,
-- enforced here as well as in the domain. Same script on H2 (MySQL mode) and MySQL 8 / MariaDB.

CREATE TABLE region (
    id   BIGINT      NOT NULL AUTO_INCREMENT,
    name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (id),
    CONSTRAINT uk_region_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE dealer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    dealer_code VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    region_id   BIGINT       NOT NULL,
    province    VARCHAR(32)  NOT NULL,
    city        VARCHAR(32)  NOT NULL,
    opened_on   DATE         NOT NULL,
    status      VARCHAR(8)   NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_dealer PRIMARY KEY (id),
    CONSTRAINT uk_dealer_code UNIQUE (dealer_code),
    CONSTRAINT fk_dealer_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_dealer_status CHECK (status IN ('ACTIVE', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_year (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    eval_year         INT           NOT NULL,
    state             VARCHAR(12)   NOT NULL,
    missing_policy    VARCHAR(12)   NOT NULL,
    min_coverage      DECIMAL(5,2)  NOT NULL,
    jdp_min_sample    INT           NOT NULL,
    csc_min_responses INT           NOT NULL,
    soc_bonus_top_n   INT           NOT NULL,
    soc_bonus_amount  DECIMAL(12,2) NOT NULL,
    rebate_per_unit   DECIMAL(12,2) NOT NULL,
    cs_share          DECIMAL(7,4)  NOT NULL,
    overall_weight    DECIMAL(7,4)  NOT NULL,
    -- when the year's data last changed: approval is refused when it is newer than the last run
    data_changed_at   DATETIME(3)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_evaluation_year PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_year UNIQUE (eval_year),
    CONSTRAINT ck_evaluation_year_range CHECK (eval_year BETWEEN 2000 AND 2999),
    CONSTRAINT ck_evaluation_year_state CHECK (state IN ('OPEN', 'APPROVED', 'PUBLISHED')),
    CONSTRAINT ck_evaluation_year_policy CHECK (missing_policy IN ('RENORMALIZE', 'ZERO')),
    CONSTRAINT ck_evaluation_year_coverage CHECK (min_coverage BETWEEN 0 AND 100),
    CONSTRAINT ck_evaluation_year_counts CHECK (jdp_min_sample >= 0 AND csc_min_responses >= 0 AND soc_bonus_top_n >= 0),
    CONSTRAINT ck_evaluation_year_money CHECK (soc_bonus_amount >= 0 AND rebate_per_unit >= 0),
    CONSTRAINT ck_evaluation_year_shares CHECK (cs_share BETWEEN 0 AND 1 AND overall_weight BETWEEN 0 AND 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- payout ratio of the CS rebate by total: the highest threshold <= total applies
CREATE TABLE payout_tier (
    year_id   BIGINT       NOT NULL,
    threshold DECIMAL(5,2) NOT NULL,
    ratio     DECIMAL(5,4) NOT NULL,
    CONSTRAINT pk_payout_tier PRIMARY KEY (year_id, threshold),
    CONSTRAINT fk_payout_tier_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT ck_payout_tier_threshold CHECK (threshold BETWEEN 0 AND 100),
    CONSTRAINT ck_payout_tier_ratio CHECK (ratio BETWEEN 0 AND 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the year's scheme: the SSI-MAP and CS-MAP checklists ...
CREATE TABLE checklist_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    year_id    BIGINT       NOT NULL,
    map        VARCHAR(8)   NOT NULL,
    item_code  VARCHAR(32)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    item_max   DECIMAL(6,2) NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT pk_checklist_item PRIMARY KEY (id),
    CONSTRAINT uk_checklist_item UNIQUE (year_id, item_code),
    CONSTRAINT fk_checklist_item_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT ck_checklist_item_map CHECK (map IN ('SSI_MAP', 'CS_MAP')),
    CONSTRAINT ck_checklist_item_max CHECK (item_max > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE checkpoint (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    year_id         BIGINT       NOT NULL,
    item_id         BIGINT       NOT NULL,
    checkpoint_code VARCHAR(32)  NOT NULL,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(100) NOT NULL,
    sort_order      INT          NOT NULL,
    CONSTRAINT pk_checkpoint PRIMARY KEY (id),
    CONSTRAINT uk_checkpoint UNIQUE (year_id, checkpoint_code),
    CONSTRAINT fk_checkpoint_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_checkpoint_item FOREIGN KEY (item_id) REFERENCES checklist_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ... and the factor weights of J.D. Power's studies and of the CSC survey
CREATE TABLE scoring_factor (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    year_id     BIGINT       NOT NULL,
    component   VARCHAR(12)  NOT NULL,
    factor_code VARCHAR(32)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    weight      DECIMAL(6,2) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_scoring_factor PRIMARY KEY (id),
    CONSTRAINT uk_scoring_factor UNIQUE (year_id, component, factor_code),
    CONSTRAINT fk_scoring_factor_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT ck_scoring_factor_component CHECK (component IN ('JDP_SSI', 'JDP_CSI', 'CSC')),
    CONSTRAINT ck_scoring_factor_weight CHECK (weight > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- one supervisor visit to one dealer with one checklist
CREATE TABLE inspection (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    year_id         BIGINT      NOT NULL,
    quarter         INT         NOT NULL,
    dealer_id       BIGINT      NOT NULL,
    map             VARCHAR(8)  NOT NULL,
    inspection_date DATE        NOT NULL,
    inspector       VARCHAR(64) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_inspection PRIMARY KEY (id),
    CONSTRAINT uk_inspection UNIQUE (dealer_id, map, inspection_date),
    CONSTRAINT fk_inspection_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_inspection_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_inspection_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_inspection_map CHECK (map IN ('SSI_MAP', 'CS_MAP')),
    CONSTRAINT ck_inspection_status CHECK (status IN ('DRAFT', 'APPROVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE checkpoint_result (
    inspection_id BIGINT       NOT NULL,
    checkpoint_id BIGINT       NOT NULL,
    result        VARCHAR(4)   NOT NULL,
    comment       VARCHAR(500),
    CONSTRAINT pk_checkpoint_result PRIMARY KEY (inspection_id, checkpoint_id),
    CONSTRAINT fk_checkpoint_result_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_checkpoint_result_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES checkpoint (id),
    CONSTRAINT ck_checkpoint_result CHECK (result IN ('PASS', 'FAIL', 'NA'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- SOC patrol scores; slot = BASELINE, FINAL, or SPOT:yyyy-MM-dd (the key of interfaces.md §1)
CREATE TABLE soc_score (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    year_id    BIGINT       NOT NULL,
    dealer_id  BIGINT       NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    slot       VARCHAR(20)  NOT NULL,
    visit_date DATE         NOT NULL,
    score      DECIMAL(5,2) NOT NULL,
    CONSTRAINT pk_soc_score PRIMARY KEY (id),
    CONSTRAINT uk_soc_score UNIQUE (year_id, dealer_id, slot),
    CONSTRAINT fk_soc_score_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_soc_score_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_soc_score_kind CHECK (kind IN ('BASELINE', 'FINAL', 'SPOT')),
    CONSTRAINT ck_soc_score_range CHECK (score BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE jdp_factor_score (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    year_id     BIGINT       NOT NULL,
    study       VARCHAR(3)   NOT NULL,
    dealer_id   BIGINT       NOT NULL,
    factor_code VARCHAR(32)  NOT NULL,
    index_score DECIMAL(6,2) NOT NULL,
    sample_size INT          NOT NULL,
    CONSTRAINT pk_jdp_factor_score PRIMARY KEY (id),
    CONSTRAINT uk_jdp_factor_score UNIQUE (year_id, study, dealer_id, factor_code),
    CONSTRAINT fk_jdp_factor_score_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_jdp_factor_score_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_jdp_factor_score_study CHECK (study IN ('SSI', 'CSI')),
    CONSTRAINT ck_jdp_factor_score_range CHECK (index_score BETWEEN 0 AND 1000 AND sample_size >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- one customer's answers in the customer service centre's phone survey (blank = not rated)
CREATE TABLE csc_response (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    year_id               BIGINT      NOT NULL,
    quarter               INT         NOT NULL,
    dealer_id             BIGINT      NOT NULL,
    response_id           VARCHAR(32) NOT NULL,
    awareness             INT,
    attitude              INT,
    communication         INT,
    experience            INT,
    first_time_resolution INT,
    CONSTRAINT pk_csc_response PRIMARY KEY (id),
    CONSTRAINT uk_csc_response UNIQUE (response_id),
    CONSTRAINT fk_csc_response_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_csc_response_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_csc_response_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_csc_response_ratings CHECK (
        (awareness IS NULL OR awareness BETWEEN 0 AND 10)
        AND (attitude IS NULL OR attitude BETWEEN 0 AND 10)
        AND (communication IS NULL OR communication BETWEEN 0 AND 10)
        AND (experience IS NULL OR experience BETWEEN 0 AND 10)
        AND (first_time_resolution IS NULL OR first_time_resolution BETWEEN 0 AND 10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE training_score (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    year_id      BIGINT       NOT NULL,
    dealer_id    BIGINT       NOT NULL,
    session_date DATE         NOT NULL,
    trainer      VARCHAR(64)  NOT NULL,
    score        DECIMAL(4,2) NOT NULL,
    CONSTRAINT pk_training_score PRIMARY KEY (id),
    CONSTRAINT uk_training_score UNIQUE (year_id, dealer_id, session_date),
    CONSTRAINT fk_training_score_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_training_score_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_training_score_range CHECK (score BETWEEN 0 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE crisis_assessment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    year_id     BIGINT       NOT NULL,
    dealer_id   BIGINT       NOT NULL,
    assessed_on DATE         NOT NULL,
    score       DECIMAL(4,2) NOT NULL,
    CONSTRAINT pk_crisis_assessment PRIMARY KEY (id),
    CONSTRAINT uk_crisis_assessment UNIQUE (year_id, dealer_id, assessed_on),
    CONSTRAINT fk_crisis_assessment_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_crisis_assessment_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_crisis_assessment_range CHECK (score BETWEEN 0 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- vehicles a dealer bought from the distributor in the year (the rebate's base)
CREATE TABLE purchase_volume (
    id        BIGINT NOT NULL AUTO_INCREMENT,
    year_id   BIGINT NOT NULL,
    dealer_id BIGINT NOT NULL,
    units     INT    NOT NULL,
    CONSTRAINT pk_purchase_volume PRIMARY KEY (id),
    CONSTRAINT uk_purchase_volume UNIQUE (year_id, dealer_id),
    CONSTRAINT fk_purchase_volume_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_purchase_volume_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_purchase_volume_units CHECK (units >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- signed manual corrections of the CS rebate, each with its reason; the import that brought
-- it (if any) and its line make a re-import of the same file recognisable
CREATE TABLE rebate_adjustment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    year_id     BIGINT        NOT NULL,
    dealer_id   BIGINT        NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    source_hash VARCHAR(64),
    source_line INT,
    created_at  DATETIME(3)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_rebate_adjustment PRIMARY KEY (id),
    CONSTRAINT uk_rebate_adjustment_source UNIQUE (source_hash, source_line),
    CONSTRAINT fk_rebate_adjustment_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT fk_rebate_adjustment_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_rebate_adjustment_reason CHECK (CHAR_LENGTH(reason) > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- an uploaded file and what became of it; the file itself is kept so the batch job can read it
-- from any server and HQ can see later exactly what was imported
CREATE TABLE data_import (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(12)   NOT NULL,
    file_name        VARCHAR(255),
    content          LONGBLOB      NOT NULL,
    content_sha256   CHAR(64)      NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    read_count       INT           NOT NULL,
    written_count    INT           NOT NULL,
    rejected_count   INT           NOT NULL,
    failure_key      VARCHAR(100),
    failure_args     VARCHAR(2000),
    job_execution_id BIGINT,
    started_by       VARCHAR(64)   NOT NULL,
    started_at       DATETIME(3)   NOT NULL,
    finished_at      DATETIME(3),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_data_import PRIMARY KEY (id),
    CONSTRAINT ck_data_import_kind CHECK (kind IN ('DEALERS', 'VOLUMES', 'INSPECTIONS', 'SOC', 'JDP', 'CSC',
                                                   'TRAINING', 'CRISIS', 'ADJUSTMENTS')),
    CONSTRAINT ck_data_import_status CHECK (status IN ('STARTED', 'COMPLETED', 'FAILED')),
    CONSTRAINT ck_data_import_counts CHECK (read_count >= 0 AND written_count >= 0 AND rejected_count >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_data_import_started ON data_import (started_at);

-- one reason a row was rejected, as a message key and arguments so it reads in either language
CREATE TABLE import_rejection (
    import_id    BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    line_no      INT           NOT NULL,
    column_name  VARCHAR(64),
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(2000),
    CONSTRAINT pk_import_rejection PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_import_rejection_import FOREIGN KEY (import_id) REFERENCES data_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- rows of an import that passed validation, waiting for the file's last step to apply them all
-- in one transaction ("staging then swap"); emptied when the import ends
CREATE TABLE import_row (
    import_id BIGINT        NOT NULL,
    line_no   INT           NOT NULL,
    payload   VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_import_row PRIMARY KEY (import_id, line_no),
    CONSTRAINT fk_import_row_import FOREIGN KEY (import_id) REFERENCES data_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
