package org.junheng.importing;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junheng.registry.Registry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports store one at a time. On this server one runs and a few wait their turn, in order; more are
 * turned away at once ({@link ImportBusy}) rather than queued behind each other until connections and
 * memory run out — an answer a client can act on (429 with Retry-After) instead of a timeout. Across
 * servers of one database the running import holds the row of {@code import_lock}, so a second server's
 * import waits in the database until the first has committed.
 */
@Component
class ImportGate {

    private final Semaphore writer = new Semaphore(1, true);
    private final AtomicInteger waiting = new AtomicInteger();
    private final int mostWaiting;
    private final Duration longestWait;
    private final JdbcTemplate jdbc;
    private final Registry registry;

    ImportGate(JdbcTemplate jdbc, Registry registry, @Value("${junheng.imports.waiting:4}") int mostWaiting,
               @Value("${junheng.imports.longest-wait:PT2M}") Duration longestWait) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.mostWaiting = mostWaiting;
        this.longestWait = longestWait;
    }

    /**
     * Runs the import when its turn comes.
     *
     * @throws ImportBusy when {@code waiting} imports already wait, or the turn does not come within the
     *                    longest wait
     */
    <T> T inTurn(Supplier<T> importing) {
        if (waiting.incrementAndGet() > mostWaiting + 1) {
            waiting.decrementAndGet();
            throw new ImportBusy(retryAfter());
        }
        boolean admitted = false;
        try {
            admitted = writer.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
            if (!admitted) {
                throw new ImportBusy(retryAfter());
            }
            return importing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusy(retryAfter());
        } finally {
            if (admitted) {
                writer.release();
            }
            waiting.decrementAndGet();
        }
    }

    /**
     * Takes the database's import lock for the rest of the current transaction: an import of another
     * server waits here until this one commits or rolls back.
     */
    void lockAcrossServers() {
        jdbc.queryForObject("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    /**
     * In the import's transaction, on PostgreSQL: its statements are prepared once and run thousands of
     * times while its own rows fill the tables; a plan made for the first, still empty tables (a
     * sequential scan) would cost time quadratic in the file, so each run is planned anew.
     */
    void planEachStatementAnew() {
        if (registry.onPostgreSql()) {
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
    }

    /** A fair guess at when a turn may be free: the imports ahead of a newcomer, a few seconds each. */
    private Duration retryAfter() {
        return Duration.ofSeconds(5L * Math.max(1, waiting.get()));
    }
}
