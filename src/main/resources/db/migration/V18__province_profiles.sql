-- The active assessment profile of a province (a YAML or JSON text that extends a built-in profile);
-- a province without a row is assessed by the national profile.
CREATE TABLE province_profile (
    province_code VARCHAR(6)    PRIMARY KEY,
    profile_text  VARCHAR(20000) NOT NULL,
    set_by        VARCHAR(64)   NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
