-- A plan searched by a number of steps and a seed (the same inputs give the same plan) instead of a time.
ALTER TABLE rotation_plan ADD COLUMN steps INTEGER;
ALTER TABLE rotation_plan ADD COLUMN seed BIGINT;
