package org.junheng.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out: failures are counted per
 * account <em>and source address</em>, and per source across all account names (known or not).
 * After a few free failures each further try waits a delay that doubles with every failure (up to
 * 15 minutes), and tries beyond the free ones go one at a time. Someone guessing from one address
 * therefore slows only themselves; the account's owner signing in from elsewhere is not affected.
 *
 * <p>Every try reserves its place before the password is checked, so a burst of parallel guesses
 * cannot slip past the count, and a success resets the count only when no other try of the same
 * account and source was under way and none failed meanwhile. Kept in memory: a restart forgets.
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
        private boolean ended;

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
            if (ended) {
                return;
            }
            ended = true;
            Instant now = clock.instant();
            counts.compute(account, (key, c) -> finish(c, failure, success, accountGeneration, now));
            counts.compute(source, (key, c) -> finish(c, failure, success, sourceGeneration, now));
        }
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves a try of {@code username} from {@code source}.
     *
     * @throws Throttled when this account and source, or this source, must wait first
     */
    Attempt begin(String username, String source) {
        String account = "account:" + String.valueOf(username).toLowerCase(Locale.ROOT) + "@" + source;
        String from = "source:" + source;
        Instant now = clock.instant();
        long accountGeneration = reserve(account, FREE_PER_ACCOUNT, now);
        long sourceGeneration;
        try {
            sourceGeneration = reserve(from, FREE_PER_SOURCE, now);
        } catch (Throttled e) {
            counts.compute(account, (key, c) -> finish(c, false, false, accountGeneration, now));
            throw e;
        }
        if (counts.size() > 100_000) {
            forgetOld(now);
        }
        return new Attempt(account, from, accountGeneration, sourceGeneration);
    }

    private long reserve(String key, int free, Instant now) {
        Duration[] wait = new Duration[1];
        Count reserved = counts.compute(key, (k, c) -> {
            Count count = c == null || c.lastFailure().plus(MEMORY).isBefore(now) && c.inFlight() == 0 ? Count.NONE : c;
            if (count.failures() + count.inFlight() < free) {
                return new Count(count.failures(), count.lastFailure(), count.inFlight() + 1, count.generation());
            }
            Instant allowedAt = count.lastFailure().plus(delay(count.failures() + 1 - free));
            if (count.inFlight() > 0 || now.isBefore(allowedAt)) {
                Duration left = Duration.between(now, allowedAt);
                wait[0] = left.isNegative() || left.isZero() ? FIRST_DELAY : left;
                return count;
            }
            return new Count(count.failures(), count.lastFailure(), count.inFlight() + 1, count.generation());
        });
        if (wait[0] != null) {
            throw new Throttled(roundUp(wait[0]));
        }
        return reserved.generation();
    }

    private static Count finish(Count c, boolean failure, boolean success, long generation, Instant now) {
        if (c == null) {
            return null;
        }
        int inFlight = Math.max(0, c.inFlight() - 1);
        if (failure) {
            return new Count(c.failures() + 1, now, inFlight, c.generation() + 1);
        }
        if (success && inFlight == 0 && c.generation() == generation) {
            return null;
        }
        return c.failures() == 0 && inFlight == 0 ? null : new Count(c.failures(), c.lastFailure(), inFlight, c.generation());
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
