package org.junheng.security;

import java.time.Instant;

/**
 * The failed sign-ins of a throttle key as every server sees them. {@link LoginThrottle} keeps the
 * tries under way in its own memory and takes the failures from here, so that five wrong passwords
 * on one server count on the next.
 */
interface SharedFailures {

    /** How many failures a key has had and when the last was; none is 0 at the epoch. */
    record Failures(int count, Instant last) {

        static final Failures NONE = new Failures(0, Instant.EPOCH);
    }

    /** The failures of the key, forgetting those whose last failure is before {@code forgottenBefore}. */
    Failures of(String key, Instant forgottenBefore);

    /** One more failure of the key at {@code at}; failures last before {@code forgottenBefore} start again from one. */
    void failed(String key, Instant at, Instant forgottenBefore);

    /** The key's failures are forgiven (a success with none meanwhile). */
    void cleared(String key);

    /** Nothing shared: each server counts alone (tests of the throttle's own rules). */
    SharedFailures NONE = new SharedFailures() {

        @Override
        public Failures of(String key, Instant forgottenBefore) {
            return Failures.NONE;
        }

        @Override
        public void failed(String key, Instant at, Instant forgottenBefore) {
        }

        @Override
        public void cleared(String key) {
        }
    };
}
