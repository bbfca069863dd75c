package org.junheng.rotation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRotationPlans {

    private static final String COLUMNS = "SELECT id, county_code, plan_year, status, time_limit_seconds, best_score, moves, feasible, "
            + "error, created_by, started_at, finished_at, accepted_programme, steps, seed FROM rotation_plan";

    private final JdbcTemplate jdbc;

    JdbcRotationPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String county, int year, String rules, SearchBudget budget, String user) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO rotation_plan (county_code, plan_year, status, rules, "
                    + "time_limit_seconds, created_by, started_at, steps, seed) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, county);
            ps.setInt(2, year);
            ps.setString(3, rules);
            ps.setInt(4, budget.bySteps() ? 0 : (int) budget.timeLimit().toSeconds());
            ps.setString(5, user);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setObject(7, budget.bySteps() ? budget.steps() : null, java.sql.Types.INTEGER);
            ps.setLong(8, budget.seed());
            return ps;
        }, key);
        return key.getKeyAs(Number.class) != null ? key.getKeyAs(Number.class).longValue()
                : ((Number) key.getKeys().get("id")).longValue();
    }

    void solving(long id) {
        jdbc.update("UPDATE rotation_plan SET status = 'solving' WHERE id = ? AND status = 'queued'", id);
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

    /** Jobs a restart cut short: never lost, marked as such. */
    int interruptUnfinished() {
        return jdbc.update("UPDATE rotation_plan SET status = 'interrupted', finished_at = ? WHERE status IN ('queued', 'solving')",
                Timestamp.from(Instant.now()));
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
        return new RotationJob(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getObject(7, Integer.class), rs.getObject(8, Boolean.class), rs.getString(9), rs.getString(10),
                time(rs.getTimestamp(11)), time(rs.getTimestamp(12)), rs.getObject(13, Long.class),
                rs.getObject(14, Integer.class), rs.getObject(15, Long.class));
    }

    private static OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
