package org.junheng.assistance;

import java.sql.PreparedStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Inserts a row and returns the id the database generated for it (H2 and PostgreSQL report it differently). */
final class GeneratedIds {

    private GeneratedIds() {
    }

    static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return key.getKeyAs(Number.class) != null ? key.getKeyAs(Number.class).longValue()
                : ((Number) key.getKeys().get("id")).longValue();
    }
}
