-- County facts of the county-facts template: one row per county, year and fact given.
CREATE TABLE county_fact (
    county_code VARCHAR(6)     NOT NULL REFERENCES region (code),
    stat_year   INTEGER        NOT NULL,
    fact        VARCHAR(40)    NOT NULL,
    fact_value  NUMERIC(16, 4) NOT NULL,
    PRIMARY KEY (county_code, stat_year, fact)
);

CREATE TABLE county_evidence (
    county_code VARCHAR(6)    NOT NULL REFERENCES region (code),
    stat_year   INTEGER       NOT NULL,
    evidence    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (county_code, stat_year)
);
