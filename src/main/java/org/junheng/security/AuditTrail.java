package org.junheng.security;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junheng.registry.PageOf;
import org.junheng.registry.SchoolMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: every change recorded in the transaction that makes it, so that a change and
 * its record commit or roll back together. Nothing updates or deletes an audit row.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_JSON = 20_000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Records a change by the current user (or, without one, the operator of the command line). */
    public void record(String action, String entity, String entityId, String region, Object before, Object after) {
        jdbc.update("INSERT INTO audit_event (at, username, action, entity, entity_id, region_code, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(OffsetDateTime.now().toInstant()), CurrentUser.actor(), action, entity, entityId, region,
                json(before), json(after));
    }

    /** A school moved between counties is on the trail of both. */
    @EventListener
    void schoolMoved(SchoolMoved event) {
        String code = event.before().code();
        record("move", "school", code, event.before().countyCode(), event.before(), event.after());
        record("move", "school", code, event.after().countyCode(), event.before(), event.after());
    }

    private static final org.springframework.jdbc.core.RowMapper<AuditEvent> EVENT = (rs, i) -> new AuditEvent(rs.getLong(1),
            rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));

    /** The newest changes of these kinds (actions) recorded for a region (everywhere: null), newest first. */
    public List<AuditEvent> latest(String region, java.util.Collection<String> actions, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("actions", actions).addValue("limit", size);
        String where = " WHERE action IN (:actions)";
        if (region != null) {
            where += " AND region_code LIKE :prefix";
            params.addValue("prefix", prefix(region) + "%");
        }
        return named.query("SELECT id, at, username, action, entity, entity_id, region_code, before_json, after_json "
                        + "FROM audit_event" + where + " ORDER BY id DESC LIMIT :limit", params, EVENT);
    }

    /**
     * The recorded changes within a scope, newest first: a region scope sees the changes recorded
     * for regions within it; only an unscoped user sees changes recorded without a region.
     */
    public PageOf<AuditEvent> find(Scope scope, String region, String entity, String username, OffsetDateTime from,
                                  OffsetDateTime to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        String visible = region != null ? region : scope.regionCode();
        if (visible != null) {
            where.append(" AND region_code LIKE :prefix");
            params.addValue("prefix", prefix(visible) + "%");
        }
        if (entity != null) {
            where.append(" AND entity = :entity");
            params.addValue("entity", entity);
        }
        if (username != null) {
            where.append(" AND username = :username");
            params.addValue("username", username);
        }
        if (from != null) {
            where.append(" AND at >= :from");
            params.addValue("from", Timestamp.from(from.toInstant()));
        }
        if (to != null) {
            where.append(" AND at < :to");
            params.addValue("to", Timestamp.from(to.toInstant()));
        }
        long total = named.queryForObject("SELECT COUNT(*) FROM audit_event" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<AuditEvent> events = new ArrayList<>(named.query("SELECT id, at, username, action, entity, entity_id, "
                        + "region_code, before_json, after_json FROM audit_event" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset", params, EVENT));
        return PageOf.of(events, page, size, total);
    }

    private static String prefix(String region) {
        return region.endsWith("0000") ? region.substring(0, 2) : region.endsWith("00") ? region.substring(0, 4) : region;
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        String json = JSON.writeValueAsString(value);
        return json.length() <= MAX_JSON ? json : json.substring(0, MAX_JSON - 1) + "…";
    }
}
