package org.junheng.rotation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcRotationPlans {

    private static final String COLUMNS = "SELECT id, county_code, plan_year, status, time_limit_seconds, best_score, moves, feasible, "
            + "error, created_by, started_at, finished_at, accepted_programme, steps, seed, progress_score, progress_moves FROM rotation_plan";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MOVES = new TypeReference<>() {
    };

    /** A job as it waits in the queue: what its solver needs to know. */
    record Queued(long id, String countyCode, int year, String rules, SearchBudget budget, Map<String, String> startFrom) {
    }

    private final JdbcTemplate jdbc;

    JdbcRotationPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String county, int year, String rules, SearchBudget budget, Map<String, String> startFrom, String user) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO rotation_plan (county_code, plan_year, status, rules, "
                    + "time_limit_seconds, created_by, started_at, steps, seed, start_from) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, county);
            ps.setInt(2, year);
            ps.setString(3, rules);
            ps.setInt(4, budget.bySteps() ? 0 : (int) budget.timeLimit().toSeconds());
            ps.setString(5, user);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setObject(7, budget.bySteps() ? budget.steps() : null, java.sql.Types.INTEGER);
            ps.setLong(8, budget.seed());
            ps.setString(9, startFrom.isEmpty() ? null : JSON.writeValueAsString(startFrom));
            return ps;
        }, key);
        return key.getKeyAs(Number.class) != null ? key.getKeyAs(Number.class).longValue()
                : ((Number) key.getKeys().get("id")).longValue();
    }

    /** The oldest queued jobs, in the order they were submitted. */
    List<Long> queued(int limit) {
        return jdbc.queryForList("SELECT id FROM rotation_plan WHERE status = 'queued' AND stop_requested = FALSE ORDER BY id "
                + "FETCH FIRST " + limit + " ROWS ONLY", Long.class);
    }

    /**
     * Claims a queued job for this server: only one server's update finds the row still queued, so a
     * job is solved once however many servers look at the queue.
     */
    boolean claim(long id, String server) {
        return jdbc.update("UPDATE rotation_plan SET status = 'solving', solved_by = ?, heartbeat_at = ? WHERE id = ? "
                + "AND status = 'queued' AND stop_requested = FALSE", server, Timestamp.from(Instant.now()), id) == 1;
    }

    Optional<Queued> claimed(long id) {
        return jdbc.query("SELECT id, county_code, plan_year, rules, time_limit_seconds, steps, seed, start_from FROM rotation_plan "
                + "WHERE id = ?", (rs, i) -> {
                    Integer steps = rs.getObject(6, Integer.class);
                    long seed = rs.getObject(7, Long.class) == null ? 0 : rs.getLong(7);
                    SearchBudget budget = steps != null && steps > 0 ? SearchBudget.steps(steps, seed)
                            : SearchBudget.time(java.time.Duration.ofSeconds(rs.getInt(5)), seed);
                    String startFrom = rs.getString(8);
                    return new Queued(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), budget,
                            startFrom == null ? Map.of() : JSON.readValue(startFrom, MOVES));
                }, id).stream().findFirst();
    }

    /**
     * Says the solving server is alive and how far it has come; answers whether the job is to be
     * stopped (asked on any server).
     */
    boolean heartbeat(long id, String server, String score, Integer moves) {
        jdbc.update("UPDATE rotation_plan SET heartbeat_at = ?, progress_score = COALESCE(?, progress_score), "
                + "progress_moves = COALESCE(?, progress_moves) WHERE id = ? AND solved_by = ?",
                Timestamp.from(Instant.now()), score, moves, id, server);
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT stop_requested FROM rotation_plan WHERE id = ?", Boolean.class, id));
    }

    /** Cancels a job no server has started yet; false when it is already solving (or over). */
    boolean cancelIfQueued(long id) {
        return jdbc.update("UPDATE rotation_plan SET status = 'cancelled', stop_requested = TRUE, finished_at = ? WHERE id = ? "
                + "AND status = 'queued'", Timestamp.from(Instant.now()), id) == 1;
    }

    void requestStop(long id) {
        jdbc.update("UPDATE rotation_plan SET stop_requested = TRUE WHERE id = ?", id);
    }

    void cancelled(long id) {
        jdbc.update("UPDATE rotation_plan SET status = 'cancelled', finished_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
    }

    void finished(long id, String status, RotationPlan plan, String json) {
        jdbc.update("UPDATE rotation_plan SET status = ?, best_score = ?, moves = ?, feasible = ?, plan_json = ?, finished_at = ? "
                + "WHERE id = ?", status, plan.score(), plan.moves().size(), plan.feasible(), json, Timestamp.from(Instant.now()), id);
    }

    /** The best plan so far of a job still solving, kept in case its server stops before the end. */
    void checkpoint(long id, RotationPlan plan, String json) {
        jdbc.update("UPDATE rotation_plan SET best_score = ?, moves = ?, feasible = ?, plan_json = ? WHERE id = ? "
                + "AND status = 'solving'", plan.score(), plan.moves().size(), plan.feasible(), json, id);
    }

    void failed(long id, String error) {
        jdbc.update("UPDATE rotation_plan SET status = 'failed', error = ?, finished_at = ? WHERE id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error, Timestamp.from(Instant.now()), id);
    }

    void accepted(long id, long programme) {
        jdbc.update("UPDATE rotation_plan SET accepted_programme = ? WHERE id = ?", programme, id);
    }

    /**
     * Jobs whose server is gone: those this server was solving before it restarted, and those whose
     * server has not beaten since {@code silentSince}. Never lost: marked as such, with the best plan
     * they kept.
     */
    int interruptAbandoned(String server, Instant silentSince) {
        return jdbc.update("UPDATE rotation_plan SET status = 'interrupted', finished_at = ? WHERE status = 'solving' "
                + "AND (solved_by = ? OR heartbeat_at IS NULL OR heartbeat_at < ?)",
                Timestamp.from(Instant.now()), server == null ? "" : server, Timestamp.from(silentSince));
    }

    Optional<RotationJob> find(long id) {
        return jdbc.query(COLUMNS + " WHERE id = ?", (rs, i) -> job(rs), id).stream().findFirst();
    }

    List<RotationJob> findByRegion(String prefix) {
        return jdbc.query(COLUMNS + " WHERE county_code LIKE ? ORDER BY id DESC", (rs, i) -> job(rs), prefix + "%");
    }

    Optional<String> planJson(long id) {
        return jdbc.query("SELECT plan_json FROM rotation_plan WHERE id = ?", (rs, i) -> rs.getString(1), id).stream()
                .filter(json -> json != null).findFirst();
    }

    Optional<String> rules(long id) {
        return jdbc.query("SELECT rules FROM rotation_plan WHERE id = ?", (rs, i) -> rs.getString(1), id).stream()
                .filter(rules -> rules != null).findFirst();
    }

    private static RotationJob job(ResultSet rs) throws SQLException {
        boolean solving = "solving".equals(rs.getString(4)) && rs.getString(16) != null;
        return new RotationJob(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                solving ? rs.getString(16) : rs.getString(6),
                solving ? rs.getObject(17, Integer.class) : rs.getObject(7, Integer.class), rs.getObject(8, Boolean.class), rs.getString(9), rs.getString(10),
                time(rs.getTimestamp(11)), time(rs.getTimestamp(12)), rs.getObject(13, Long.class),
                rs.getObject(14, Integer.class), rs.getObject(15, Long.class));
    }

    private static OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
