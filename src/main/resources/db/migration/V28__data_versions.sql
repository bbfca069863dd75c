-- The version of the data a county's assessment of a year is computed from: an import that changes it
-- raises the version in its own transaction, and kept results note the version they were computed
-- from, so that results left stale (a server stopped between an import and its re-assessment) are
-- found and made again on the next start.
CREATE TABLE data_version (
    county_code VARCHAR(6) NOT NULL,
    stat_year   INTEGER    NOT NULL,
    version     BIGINT     NOT NULL,
    PRIMARY KEY (county_code, stat_year)
);
ALTER TABLE assessment_county ADD COLUMN data_version BIGINT NOT NULL DEFAULT 0;
