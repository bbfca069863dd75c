-- A user's scope: a region subtree (province, city or county code) or one school; both empty for everything.
ALTER TABLE app_user ADD COLUMN scope_region VARCHAR(6);
ALTER TABLE app_user ADD COLUMN scope_school VARCHAR(10);
