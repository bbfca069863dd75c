-- Rotation jobs are a queue in the database: whichever server is free claims the oldest queued job
-- (a conditional update that only one server can win), keeps a heartbeat while it solves and asks the
-- row whether an officer, on any server, wants the job stopped. A job whose server stopped beating is
-- marked interrupted by the others.
ALTER TABLE rotation_plan ADD COLUMN start_from TEXT;
ALTER TABLE rotation_plan ADD COLUMN solved_by VARCHAR(200);
ALTER TABLE rotation_plan ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE rotation_plan ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rotation_plan ADD COLUMN progress_score VARCHAR(80);
ALTER TABLE rotation_plan ADD COLUMN progress_moves INTEGER;
CREATE INDEX rotation_plan_status_idx ON rotation_plan (status);
