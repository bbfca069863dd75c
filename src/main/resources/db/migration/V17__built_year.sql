-- The year a school's buildings were built: provinces relax the room and size rules for older schools.
ALTER TABLE school_statistics ADD COLUMN built_year INTEGER;
