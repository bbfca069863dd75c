package org.junheng.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void failFor(String user, String source, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(user, source).failed();
        }
    }

    @Test
    void theFirstFiveWrongPasswordsOfAnAccountFromOneSourceAreCheckedWithoutDelay() {
        failFor("admin", "203.0.113.9", 5);

        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9"))
                .isInstanceOf(LoginThrottle.Throttled.class);
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWait() {
        failFor("admin", "203.0.113.9", 5);
        clock.now = clock.now.plusSeconds(1);
        throttle.begin("admin", "203.0.113.9").failed();

        clock.now = clock.now.plusMillis(1500);
        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9")).isInstanceOfSatisfying(LoginThrottle.Throttled.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        clock.now = clock.now.plusMillis(500);
        throttle.begin("admin", "203.0.113.9").failed();

        assertThat(LoginThrottle.delay(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delay(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void wrongPasswordsFromOneSourceDoNotStopTheOwnerSigningInFromAnother() {
        failFor("admin", "203.0.113.9", 5);

        LoginThrottle.Attempt owner = throttle.begin("admin", "198.51.100.7");
        owner.succeeded();

        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9")).isInstanceOf(LoginThrottle.Throttled.class);
    }

    @Test
    void unknownUserNamesFromOneSourceAreThrottledAcrossNames() {
        for (int i = 0; i < LoginThrottle.FREE_PER_SOURCE; i++) {
            throttle.begin("nobody-" + i, "203.0.113.9").failed();
        }

        assertThatThrownBy(() -> throttle.begin("someone-else", "203.0.113.9")).isInstanceOf(LoginThrottle.Throttled.class);
        throttle.begin("someone-else", "198.51.100.7").abandoned();
    }

    @Test
    void aSuccessAloneResetsTheCountOfItsAccountAndSource() {
        failFor("admin", "203.0.113.9", 4);
        throttle.begin("admin", "203.0.113.9").succeeded();

        failFor("admin", "203.0.113.9", 5);
        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9")).isInstanceOf(LoginThrottle.Throttled.class);
    }

    @Test
    void aSuccessWhileOtherTriesAreUnderWayDoesNotResetTheCount() {
        LoginThrottle.Attempt wrong = throttle.begin("admin", "203.0.113.9");
        LoginThrottle.Attempt right = throttle.begin("admin", "203.0.113.9");
        failFor("admin", "203.0.113.9", 2);
        right.succeeded();
        wrong.failed();
        failFor("admin", "203.0.113.9", 2);

        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9")).isInstanceOf(LoginThrottle.Throttled.class);
    }

    @Test
    void fiftyParallelWrongPasswordsThenTheRightOneIsRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    LoginThrottle.Attempt attempt = throttle.begin("admin", "203.0.113.9");
                    Thread.sleep(5);
                    attempt.failed();
                    return true;
                } catch (LoginThrottle.Throttled e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int checked = 0;
        for (Future<Boolean> attempt : tries) {
            checked += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(checked).isEqualTo(LoginThrottle.FREE_PER_ACCOUNT);
        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9")).isInstanceOf(LoginThrottle.Throttled.class);
    }

    @Test
    void manyParallelTriesWithTheRightPasswordAllGoAhead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tries.add(pool.submit(() -> {
                try {
                    LoginThrottle.Attempt attempt = throttle.begin("admin", "203.0.113.9");
                    Thread.sleep(5);
                    attempt.succeeded();
                    return true;
                } catch (LoginThrottle.Throttled e) {
                    return false;
                }
            }));
        }
        for (Future<Boolean> attempt : tries) {
            assertThat(attempt.get()).isTrue();
        }
        pool.shutdown();
    }
}
