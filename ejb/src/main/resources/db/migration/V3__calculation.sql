-- Calculation runs of a year (scoring.md §1–§4): each run keeps the policy it used, and per ACTIVE
-- dealer its scorecard with the nine components, total, ranks, SOC bonus and CS rebate, and its
-- four quarterly results. While the year is OPEN runs are drafts; the latest run is what is shown.
-- Same script on H2 (MySQL mode) and MySQL 8 / MariaDB.

CREATE TABLE calculation_run (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    year_id           BIGINT        NOT NULL,
    run_at            DATETIME(3)   NOT NULL,
    run_by            VARCHAR(64)   NOT NULL,
    draft             BOOLEAN       NOT NULL,
    -- the year's data_changed_at as the run saw it: a later change makes the run outdated
    data_changed_at   DATETIME(3)   NOT NULL,
    -- the policy the run used (a snapshot of evaluation_year's columns and payout tiers)
    missing_policy    VARCHAR(12)   NOT NULL,
    min_coverage      DECIMAL(5,2)  NOT NULL,
    jdp_min_sample    INT           NOT NULL,
    csc_min_responses INT           NOT NULL,
    soc_bonus_top_n   INT           NOT NULL,
    soc_bonus_amount  DECIMAL(12,2) NOT NULL,
    rebate_per_unit   DECIMAL(12,2) NOT NULL,
    cs_share          DECIMAL(7,4)  NOT NULL,
    overall_weight    DECIMAL(7,4)  NOT NULL,
    -- threshold:ratio pairs by decreasing threshold, e.g. 90.00:1.0000;80.00:0.9000;…
    payout_tiers      VARCHAR(500)  NOT NULL,
    dealers_rated     INT           NOT NULL,
    dealers_not_rated INT           NOT NULL,
    CONSTRAINT pk_calculation_run PRIMARY KEY (id),
    CONSTRAINT fk_calculation_run_year FOREIGN KEY (year_id) REFERENCES evaluation_year (id),
    CONSTRAINT ck_calculation_run_policy CHECK (missing_policy IN ('RENORMALIZE', 'ZERO')),
    CONSTRAINT ck_calculation_run_counts CHECK (dealers_rated >= 0 AND dealers_not_rated >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_calculation_run_year ON calculation_run (year_id, run_at);

-- one dealer's annual scorecard in one run; a missing component is NULL
CREATE TABLE scorecard (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    run_id               BIGINT        NOT NULL,
    dealer_id            BIGINT        NOT NULL,
    -- the region the regional rank was taken in, as it was at the run
    region               VARCHAR(32)   NOT NULL,
    status               VARCHAR(9)    NOT NULL,
    ssi_map              DECIMAL(5,2),
    cs_map               DECIMAL(5,2),
    soc_central          DECIMAL(5,2),
    soc_spot             DECIMAL(5,2),
    jdp_ssi              DECIMAL(5,2),
    jdp_csi              DECIMAL(5,2),
    training             DECIMAL(5,2),
    csc                  DECIMAL(5,2),
    crisis               DECIMAL(5,2),
    -- W: the points of weight with data; S: the sum of the components with data
    coverage             INT           NOT NULL,
    score_sum            DECIMAL(6,2)  NOT NULL,
    total                DECIMAL(6,2),
    assessment_points    DECIMAL(5,2),
    national_rank        INT,
    regional_rank        INT,
    soc_improvement      DECIMAL(6,2),
    soc_improvement_rank INT,
    soc_bonus            BOOLEAN       NOT NULL,
    -- the CS part of the rebate (scoring.md §4), in yuan
    units                INT           NOT NULL,
    base                 DECIMAL(18,6) NOT NULL,
    payout_ratio         DECIMAL(5,4)  NOT NULL,
    cs                   DECIMAL(16,2) NOT NULL,
    soc_bonus_amount     DECIMAL(12,2) NOT NULL,
    adjustments          DECIMAL(16,2) NOT NULL,
    rebate               DECIMAL(16,2) NOT NULL,
    -- the components without data, comma-separated in the scheme's order ('' when none)
    missing_components   VARCHAR(120)  NOT NULL,
    CONSTRAINT pk_scorecard PRIMARY KEY (id),
    CONSTRAINT uk_scorecard UNIQUE (run_id, dealer_id),
    CONSTRAINT fk_scorecard_run FOREIGN KEY (run_id) REFERENCES calculation_run (id),
    CONSTRAINT fk_scorecard_dealer FOREIGN KEY (dealer_id) REFERENCES dealer (id),
    CONSTRAINT ck_scorecard_status CHECK (status IN ('RATED', 'NOT_RATED')),
    -- a total and ranks exactly when rated
    CONSTRAINT ck_scorecard_rated CHECK ((status = 'RATED' AND total IS NOT NULL AND national_rank IS NOT NULL
                                          AND regional_rank IS NOT NULL AND assessment_points IS NOT NULL)
                                      OR (status = 'NOT_RATED' AND total IS NULL AND national_rank IS NULL
                                          AND regional_rank IS NULL AND assessment_points IS NULL)),
    CONSTRAINT ck_scorecard_coverage CHECK (coverage BETWEEN 0 AND 100),
    CONSTRAINT ck_scorecard_ranks CHECK (national_rank >= 1 AND regional_rank >= 1 AND soc_improvement_rank >= 1),
    CONSTRAINT ck_scorecard_rebate CHECK (units >= 0 AND base >= 0 AND payout_ratio BETWEEN 0 AND 1 AND cs >= 0
                                          AND soc_bonus_amount >= 0 AND rebate >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the quarterly score of a scorecard's dealer (SSI_MAP, CS_MAP and CSC of the quarter, out of 40)
CREATE TABLE quarter_result (
    scorecard_id  BIGINT       NOT NULL,
    quarter       INT          NOT NULL,
    ssi_map       DECIMAL(5,2),
    cs_map        DECIMAL(5,2),
    csc           DECIMAL(5,2),
    coverage      INT          NOT NULL,
    quarter_total DECIMAL(6,2),
    quarter_rank  INT,
    CONSTRAINT pk_quarter_result PRIMARY KEY (scorecard_id, quarter),
    CONSTRAINT fk_quarter_result_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id),
    CONSTRAINT ck_quarter_result_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_quarter_result_rated CHECK ((quarter_total IS NULL AND quarter_rank IS NULL)
                                           OR (quarter_total IS NOT NULL AND quarter_rank >= 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
