package org.junheng.importing.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Page imports as the database keeps them, for every server to show. */
@Repository
class JdbcImportJobs {

    /** How many of a user's imports are kept. */
    static final int KEPT = 50;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcTemplate jdbc;

    JdbcImportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PageImports.Job job, String server) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO import_job (id, owner, import_type, file_name, size_bytes, state, server, heartbeat_at, started_at) "
                + "VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?)", job.id, job.owner, job.type.key(), job.fileName, job.size, server,
                now, now);
        Timestamp oldestKept = jdbc.query("SELECT started_at FROM import_job WHERE owner = ? ORDER BY started_at DESC "
                + "OFFSET " + KEPT + " ROWS FETCH FIRST 1 ROWS ONLY", (rs, i) -> rs.getTimestamp(1), job.owner).stream()
                .findFirst().orElse(null);
        if (oldestKept != null) {
            jdbc.update("DELETE FROM import_job WHERE owner = ? AND started_at <= ? AND state <> 'running'", job.owner, oldestKept);
        }
    }

    void progress(PageImports.Job job) {
        jdbc.update("UPDATE import_job SET bytes_read = ?, rows_read = ?, heartbeat_at = ? WHERE id = ? AND state = 'running'",
                job.bytesRead.get(), job.rowsRead.get(), Timestamp.from(Instant.now()), job.id);
    }

    /** In the import's transaction: the rows are stored if, and only if, this is. */
    void storing(PageImports.Job job, long rows) {
        jdbc.update("UPDATE import_job SET state = 'stored', rows_read = ?, rows_stored = ?, bytes_read = 2 * size_bytes, "
                + "heartbeat_at = ? WHERE id = ?", job.rowsRead.get(), rows, Timestamp.from(Instant.now()), job.id);
    }

    void ended(PageImports.Job job) {
        String state = job.report != null ? (job.report.stored() ? "stored" : "refused") : job.busy ? "busy" : "failed";
        jdbc.update("UPDATE import_job SET state = ?, report = ?, bytes_read = ?, rows_read = ?, finished_at = ? WHERE id = ?",
                state, job.report == null ? null : JSON.writeValueAsString(job.report), job.bytesRead.get(), job.rowsRead.get(),
                Timestamp.from(Instant.now()), job.id);
    }

    /**
     * Imports whose server is gone: those this server ran before it restarted, and those whose server
     * has not said how far it came since {@code silentSince}. Their transaction never committed.
     */
    int interruptAbandoned(String server, Instant silentSince) {
        return jdbc.update("UPDATE import_job SET state = 'interrupted', finished_at = ? WHERE state = 'running' "
                + "AND (server = ? OR heartbeat_at < ?)", Timestamp.from(Instant.now()), server == null ? "" : server,
                Timestamp.from(silentSince));
    }

    Optional<PageImports.Job> find(String id, String owner) {
        return jdbc.query("SELECT id, owner, import_type, file_name, size_bytes, bytes_read, rows_read, rows_stored, state, report, "
                + "started_at, heartbeat_at FROM import_job WHERE id = ? AND owner = ?", (rs, i) -> job(rs), id, owner)
                .stream().findFirst();
    }

    private static PageImports.Job job(ResultSet rs) throws SQLException {
        ImportType type = ImportType.fromKey(rs.getString(3)).orElseThrow();
        PageImports.Job job = new PageImports.Job(rs.getString(1), rs.getString(2), type, rs.getString(4), rs.getLong(5));
        job.bytesRead.set(rs.getLong(6));
        job.rowsRead.set(rs.getLong(7));
        String state = rs.getString(9);
        String report = rs.getString(10);
        if (report != null) {
            job.report = JSON.readValue(report, ImportReport.class);
        } else if (state.equals("stored")) {
            // the server stopped between the commit and writing the report: the rows are stored
            long millis = rs.getTimestamp(12).getTime() - rs.getTimestamp(11).getTime();
            job.report = new ImportReport(type.key(), job.fileName, true, job.rowsRead.get(), rs.getLong(8), 0, List.of(), millis);
        }
        job.failed = state.equals("failed");
        job.busy = state.equals("busy");
        job.interrupted = state.equals("interrupted");
        return job;
    }
}
