package org.junheng.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (form or HTTP Basic) under the {@link LoginThrottle}: the try is
 * reserved before the password is checked and its outcome reported after. An unknown user name
 * costs as much as a known one (the password check runs against a dummy hash) and counts alike.
 */
class ThrottledSignIn implements AuthenticationProvider {

    /** BCrypt reads at most 72 bytes; a longer password is no password of ours. */
    static final int MAX_PASSWORD_BYTES = 72;

    /** A try refused by the throttle, answered with 429 and the wait. */
    static final class SignInThrottled extends AuthenticationException {

        private final long retryAfterSeconds;

        SignInThrottled(LoginThrottle.Throttled cause) {
            super(cause.getMessage(), cause);
            this.retryAfterSeconds = cause.retryAfter().toSeconds();
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "local";
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(authentication.getName(), source);
        } catch (LoginThrottle.Throttled e) {
            throw new SignInThrottled(e);
        }
        try {
            Object credentials = authentication.getCredentials();
            if (credentials != null && credentials.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication result = passwords.authenticate(authentication);
            attempt.succeeded();
            return result;
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
