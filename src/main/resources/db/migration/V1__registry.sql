-- Registry: regions (GB/T 2260), schools, yearly school statistics, teachers.
-- Written to run unchanged on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE region (
    code        VARCHAR(6)   PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(10)  NOT NULL,
    parent_code VARCHAR(6)   REFERENCES region (code),
    CONSTRAINT region_level_valid CHECK (level IN ('province', 'city', 'county'))
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE TABLE region_tag (
    region_code VARCHAR(6)  NOT NULL REFERENCES region (code),
    tag         VARCHAR(30) NOT NULL,
    PRIMARY KEY (region_code, tag)
);

CREATE TABLE school (
    code        VARCHAR(10)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    school_type VARCHAR(20)  NOT NULL,
    location    VARCHAR(10)  NOT NULL,
    county_code VARCHAR(6)   NOT NULL REFERENCES region (code),
    longitude   DOUBLE PRECISION,
    latitude    DOUBLE PRECISION
);
CREATE INDEX school_county_idx ON school (county_code);

CREATE TABLE school_statistics (
    school_code               VARCHAR(10)    NOT NULL REFERENCES school (code),
    stat_year                 INTEGER        NOT NULL,
    students_primary          INTEGER        NOT NULL,
    students_junior           INTEGER        NOT NULL,
    students_senior           INTEGER        NOT NULL,
    classes_primary           INTEGER        NOT NULL,
    classes_junior            INTEGER        NOT NULL,
    oversize_classes_primary  INTEGER        NOT NULL,
    oversize_classes_junior   INTEGER        NOT NULL,
    teachers_primary          INTEGER        NOT NULL,
    teachers_junior           INTEGER        NOT NULL,
    qualified_teachers_primary INTEGER       NOT NULL,
    qualified_teachers_junior INTEGER        NOT NULL,
    backbone_teachers_primary INTEGER        NOT NULL,
    backbone_teachers_junior  INTEGER        NOT NULL,
    pe_art_teachers_primary   INTEGER        NOT NULL,
    pe_art_teachers_junior    INTEGER        NOT NULL,
    certified_teachers        INTEGER        NOT NULL,
    teaching_area             NUMERIC(14, 2) NOT NULL,
    sports_area               NUMERIC(14, 2) NOT NULL,
    equipment_value           NUMERIC(16, 2) NOT NULL,
    multimedia_classrooms     INTEGER        NOT NULL,
    music_rooms               INTEGER        NOT NULL,
    art_rooms                 INTEGER        NOT NULL,
    music_room_min_area       NUMERIC(10, 2),
    art_room_min_area         NUMERIC(10, 2),
    PRIMARY KEY (school_code, stat_year)
);
CREATE INDEX school_statistics_year_idx ON school_statistics (stat_year);

CREATE TABLE teacher (
    teacher_id           VARCHAR(64) PRIMARY KEY,
    school_code          VARCHAR(10) NOT NULL REFERENCES school (code),
    stage                VARCHAR(10) NOT NULL,
    subject              VARCHAR(30) NOT NULL,
    gender               VARCHAR(10) NOT NULL,
    birth_year           INTEGER     NOT NULL,
    education            VARCHAR(20) NOT NULL,
    title                VARCHAR(20) NOT NULL,
    backbone_level       VARCHAR(20) NOT NULL,
    special_grade        BOOLEAN     NOT NULL,
    subject_leader       BOOLEAN     NOT NULL,
    years_at_school      INTEGER     NOT NULL,
    rural_years          INTEGER     NOT NULL,
    seeking_senior_title BOOLEAN     NOT NULL,
    exempt               BOOLEAN     NOT NULL
);
CREATE INDEX teacher_school_idx ON teacher (school_code);
