-- Imports started from the import page, kept in the database so that any server can show how far one
-- has come and how it ended, also after a restart. The state turns to 'stored' in the import's own
-- transaction, so a job never says less than what was stored.
CREATE TABLE import_job (
    id            VARCHAR(36)   PRIMARY KEY,
    owner         VARCHAR(100)  NOT NULL,
    import_type   VARCHAR(40)   NOT NULL,
    file_name     VARCHAR(500),
    size_bytes    BIGINT        NOT NULL,
    bytes_read    BIGINT        DEFAULT 0 NOT NULL,
    rows_read     BIGINT        DEFAULT 0 NOT NULL,
    rows_stored   BIGINT,
    state         VARCHAR(12)   NOT NULL,
    report        TEXT,
    server        VARCHAR(200),
    heartbeat_at  TIMESTAMP WITH TIME ZONE,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_owner_idx ON import_job (owner, started_at);
CREATE INDEX import_job_state_idx ON import_job (state);
