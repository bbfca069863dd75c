-- Optional figures of the earlier basic-balance method (basic-2012).
ALTER TABLE school_statistics ADD COLUMN computers INTEGER;
ALTER TABLE school_statistics ADD COLUMN books INTEGER;
ALTER TABLE school_statistics ADD COLUMN titled_teachers_primary INTEGER;
ALTER TABLE school_statistics ADD COLUMN titled_teachers_junior INTEGER;

-- an indicator's county value is undefined when schools lack the figures it needs
ALTER TABLE assessment_indicator ALTER COLUMN county_value DROP NOT NULL;
