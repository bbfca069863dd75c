-- Who runs a school (办别, 举办者): the basic-2012 calculation takes public county-run schools only.
ALTER TABLE school_statistics ADD COLUMN ownership VARCHAR(10);
ALTER TABLE school_statistics ADD COLUMN administered_by VARCHAR(12);

-- Under basic-2012 single coefficients have no limit (the composite coefficient is judged), and the
-- composite is kept as an indicator row of its own.
ALTER TABLE assessment_indicator ALTER COLUMN cv_limit DROP NOT NULL;

-- basic-2012 results kept so far used students per teacher and judged single coefficients; they are
-- recomputed by the method as published on the next start.
DELETE FROM assessment_indicator WHERE method = 'basic-2012';
DELETE FROM assessment_county WHERE method = 'basic-2012';
