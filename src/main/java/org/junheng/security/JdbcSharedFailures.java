package org.junheng.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Failed sign-ins in the database ({@code sign_in_failure}), for every server of it. */
@Component
class JdbcSharedFailures implements SharedFailures {

    /** Keys hold a name as typed; longer ones are stored by their hash. */
    private static final int LONGEST_KEY = 200;

    private final JdbcTemplate jdbc;

    JdbcSharedFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Failures of(String key, Instant forgottenBefore) {
        return jdbc.query("SELECT failures, last_failure FROM sign_in_failure WHERE throttle_key = ? AND last_failure >= ?",
                        (rs, i) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()), stored(key),
                        Timestamp.from(forgottenBefore))
                .stream().findFirst().orElse(Failures.NONE);
    }

    @Override
    public void failed(String key, Instant at, Instant forgottenBefore) {
        String stored = stored(key);
        Timestamp now = Timestamp.from(at);
        String update = "UPDATE sign_in_failure SET failures = CASE WHEN last_failure < ? THEN 1 ELSE failures + 1 END, "
                + "last_failure = ? WHERE throttle_key = ?";
        if (jdbc.update(update, Timestamp.from(forgottenBefore), now, stored) == 0) {
            try {
                jdbc.update("INSERT INTO sign_in_failure (throttle_key, failures, last_failure) VALUES (?, 1, ?)", stored, now);
            } catch (DuplicateKeyException e) {
                // another server counted the first failure meanwhile: count this one on top of it
                jdbc.update(update, Timestamp.from(forgottenBefore), now, stored);
            }
        }
    }

    @Override
    public void cleared(String key) {
        jdbc.update("DELETE FROM sign_in_failure WHERE throttle_key = ?", stored(key));
    }

    private static String stored(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
