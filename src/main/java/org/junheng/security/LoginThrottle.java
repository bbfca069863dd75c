package org.junheng.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out: failures are counted per
 * account <em>and source address</em>, and per source across all account names (known or not).
 * After a few free failures each further try waits a delay that doubles with every failure (up to
 * 15 minutes), and tries beyond the free ones go one at a time. Someone guessing from one address
 * therefore slows only themselves; the account's owner signing in from elsewhere is not affected.
 *
 * <p>Every try reserves its place before the password is checked, so a burst of parallel guesses
 * cannot slip past the count: tries beyond the free ones wait for those under way and are refused
 * if those fail. A success resets the count only when no other try of the same account and source
 * was under way and none failed meanwhile. The failures are kept in the database ({@link SharedFailures}):
 * every server of it counts them together and a restart forgets none; the tries under way are each
 * server's own.
 */
@Component
class LoginThrottle {

    /** Failures of one account from one source before delays start. */
    static final int FREE_PER_ACCOUNT = 5;
    /** Failures from one source, over all account names, before delays start. */
    static final int FREE_PER_SOURCE = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    /** A key with no failure for this long is forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    /** How long a try waits for the tries of its account and source under way before it is refused. */
    static final Duration QUEUE = Duration.ofSeconds(3);

    /** A try is refused until {@code retryAfter} has passed. */
    static final class Throttled extends RuntimeException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The failures of one key: how many, when the last was, how many tries are under way, and a generation per failure. */
    private record Count(int failures, Instant lastFailure, int inFlight, long generation) {

        static final Count NONE = new Count(0, Instant.EPOCH, 0, 0);
    }

    /** A try under way, to be told how it ended. */
    final class Attempt {

        private final String account;
        private final String source;
        private final long accountGeneration;
        private final long sourceGeneration;
        private boolean done;

        private Attempt(String account, String source, long accountGeneration, long sourceGeneration) {
            this.account = account;
            this.source = source;
            this.accountGeneration = accountGeneration;
            this.sourceGeneration = sourceGeneration;
        }

        void failed() {
            end(true, false);
        }

        void succeeded() {
            end(false, true);
        }

        /** Ended without a verdict on the password (e.g. a disabled account). */
        void abandoned() {
            end(false, false);
        }

        private void end(boolean failure, boolean success) {
            if (done) {
                return;
            }
            done = true;
            lock.lock();
            try {
                Instant now = clock.instant();
                LoginThrottle.this.end(account, failure, success, accountGeneration, now);
                LoginThrottle.this.end(source, failure, success, sourceGeneration, now);
                LoginThrottle.this.ended.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private final Map<String, Count> counts = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever a try ends, for tries waiting on those under way. */
    private final Condition ended = lock.newCondition();
    private final Clock clock;
    private final Duration longestQueue;
    /** The failures as every server counts them; the tries under way are this server's alone. */
    private final SharedFailures shared;

    @Autowired
    LoginThrottle(SharedFailures shared) {
        this(Clock.systemUTC(), QUEUE, shared);
    }

    LoginThrottle(Clock clock) {
        this(clock, QUEUE, SharedFailures.NONE);
    }

    LoginThrottle(Clock clock, Duration longestQueue) {
        this(clock, longestQueue, SharedFailures.NONE);
    }

    LoginThrottle(Clock clock, Duration longestQueue, SharedFailures shared) {
        this.clock = clock;
        this.longestQueue = longestQueue;
        this.shared = shared;
    }

    /**
     * Reserves a try of {@code username} from {@code source}. A try that would go beyond the free
     * ones only because others are still being checked waits (up to a couple of seconds) for them
     * to end: if they fail, it is refused; if they succeed, it goes ahead.
     *
     * @throws Throttled when this account and source, or this source, must wait first
     */
    Attempt begin(String username, String source) {
        String account = "account:" + String.valueOf(username).toLowerCase(Locale.ROOT) + "@" + source;
        String from = "source:" + source;
        long deadline = System.nanoTime() + longestQueue.toNanos();
        lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                Duration accountWait = wait(account, FREE_PER_ACCOUNT, now);
                Duration sourceWait = wait(from, FREE_PER_SOURCE, now);
                Duration refusal = accountWait != null && !accountWait.isZero() ? accountWait
                        : sourceWait != null && !sourceWait.isZero() ? sourceWait : null;
                if (refusal != null) {
                    throw new Throttled(roundUp(refusal));
                }
                if (accountWait == null && sourceWait == null) {
                    Attempt attempt = new Attempt(account, from, reserve(account), reserve(from));
                    if (counts.size() > 100_000) {
                        forgetOld(now);
                    }
                    return attempt;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new Throttled(FIRST_DELAY);
                }
                ended.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Throttled(FIRST_DELAY);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a try of this key may go ahead now: null if so, zero if it must wait for the tries
     * under way, otherwise how long until it may.
     */
    private Duration wait(String key, int free, Instant now) {
        Count count = current(key, now);
        if (count.failures() + count.inFlight() < free) {
            return null;
        }
        Instant allowedAt = count.lastFailure().plus(delay(count.failures() + 1 - free));
        if (now.isBefore(allowedAt)) {
            return Duration.between(now, allowedAt);
        }
        return count.inFlight() > 0 ? Duration.ZERO : null;
    }

    private Count current(String key, Instant now) {
        Count count = counts.get(key);
        Count local = count == null || count.inFlight() == 0 && count.lastFailure().plus(MEMORY).isBefore(now) ? Count.NONE
                : count;
        SharedFailures.Failures everywhere = shared.of(key, now.minus(MEMORY));
        return everywhere.count() > local.failures()
                ? new Count(everywhere.count(), everywhere.last(), local.inFlight(), local.generation()) : local;
    }

    private long reserve(String key) {
        Count count = current(key, clock.instant());
        counts.put(key, new Count(count.failures(), count.lastFailure(), count.inFlight() + 1, count.generation()));
        return count.generation();
    }

    private void end(String key, boolean failure, boolean success, long generation, Instant now) {
        Count c = counts.get(key);
        if (c == null) {
            return;
        }
        int inFlight = Math.max(0, c.inFlight() - 1);
        Count next;
        if (failure) {
            next = new Count(c.failures() + 1, now, inFlight, c.generation() + 1);
        } else if (success && inFlight == 0 && c.generation() == generation || c.failures() == 0 && inFlight == 0) {
            next = null;
        } else {
            next = new Count(c.failures(), c.lastFailure(), inFlight, c.generation());
        }
        if (failure) {
            shared.failed(key, now, now.minus(MEMORY));
        } else if (next == null && c.failures() > 0) {
            shared.cleared(key);
        }
        if (next == null) {
            counts.remove(key);
        } else {
            counts.put(key, next);
        }
    }

    /** The wait before the n-th try beyond the free ones: 1 s, 2 s, 4 s … up to 15 minutes. */
    static Duration delay(int beyondFree) {
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(beyondFree - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private void forgetOld(Instant now) {
        counts.entrySet().removeIf(e -> e.getValue().inFlight() == 0 && e.getValue().lastFailure().plus(MEMORY).isBefore(now));
    }
}
