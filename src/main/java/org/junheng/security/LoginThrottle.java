package org.junheng.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account name for a while after repeated failed sign-ins, against password guessing.
 * Kept in memory: a restart forgets, which is acceptable for a throttle.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(username);
        if (f == null) {
            return false;
        }
        if (f.last().plus(LOCK).isBefore(clock.instant())) {
            failures.remove(username, f);
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.merge(String.valueOf(event.getAuthentication().getName()), new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }
}
