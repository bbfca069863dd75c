package org.junheng.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

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

    private void failFor(String user, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken(user, "wrong"), new BadCredentialsException("bad")));
        }
    }

    @Test
    void fourFailuresDoNotLockButTheFifthDoes() {
        failFor("li", 4);
        assertThat(throttle.isLocked("li")).isFalse();

        failFor("li", 1);

        assertThat(throttle.isLocked("li")).isTrue();
        assertThat(throttle.isLocked("wang")).isFalse();
    }

    @Test
    void theLockEndsFifteenMinutesAfterTheLastFailure() {
        failFor("li", 5);

        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);

        assertThat(throttle.isLocked("li")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        failFor("li", 4);
        throttle.succeeded(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken("li", "right")));

        failFor("li", 1);

        assertThat(throttle.isLocked("li")).isFalse();
    }
}
