-- One row that an import locks (SELECT … FOR UPDATE) for as long as it writes: imports on any
-- server of one database store one after another, so two never race on the same rows.
CREATE TABLE import_lock (
    id INT PRIMARY KEY
);
INSERT INTO import_lock (id) VALUES (1);
