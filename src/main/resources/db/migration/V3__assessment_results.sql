-- Assessment results kept per county, year and method, so that a county's trend is one query.
-- They are recomputed from the statistics whenever a year's statistics are imported.

CREATE TABLE assessment_county (
    county_code   VARCHAR(6)   NOT NULL,
    stat_year     INTEGER      NOT NULL,
    method        VARCHAR(32)  NOT NULL,
    county_name   VARCHAR(100) NOT NULL,
    resource_pass BOOLEAN      NOT NULL,
    verdict       VARCHAR(16)  NOT NULL,
    assessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (county_code, stat_year, method)
);

CREATE TABLE assessment_indicator (
    county_code       VARCHAR(6)       NOT NULL,
    stat_year         INTEGER          NOT NULL,
    method            VARCHAR(32)      NOT NULL,
    stage             VARCHAR(8)       NOT NULL,
    indicator         VARCHAR(64)      NOT NULL,
    school_count      INTEGER          NOT NULL,
    students          BIGINT           NOT NULL,
    compliant_schools INTEGER          NOT NULL,
    county_value      DOUBLE PRECISION NOT NULL,
    standard          NUMERIC(12, 2),
    cv                DOUBLE PRECISION,
    cv_limit          NUMERIC(4, 2)    NOT NULL,
    cv_pass           BOOLEAN          NOT NULL,
    PRIMARY KEY (county_code, method, stage, indicator, stat_year)
);
