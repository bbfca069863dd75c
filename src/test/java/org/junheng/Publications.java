package org.junheng;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the work that follows a commit off the request's thread (an import's re-assessment):
 * until no event publication is published, under way or resubmitted — each has completed (and is
 * removed) or failed.
 */
public final class Publications {

    private Publications() {
    }

    public static void awaitSettled(JdbcTemplate jdbc) {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (pending(jdbc) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("event publications still pending after 120 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** How many publications have not completed, failed ones included. */
    public static int incomplete(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Integer.class);
    }

    private static int pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND (status IS NULL OR status <> 'FAILED')", Integer.class);
    }
}
