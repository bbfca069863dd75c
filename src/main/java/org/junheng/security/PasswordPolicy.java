package org.junheng.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * Which passwords Junheng accepts, for every account including the first administrator: at least
 * 10 characters, at most the 72 bytes BCrypt reads, and not easy to guess — a zxcvbn estimate of
 * at least {@value #LEAST_SCORE} of 4 (about 10⁸ guesses), which refuses common passwords, keyboard
 * and repeated patterns, dates, and the user's own name.
 */
final class PasswordPolicy {

    static final int LEAST_LENGTH = 10;
    static final int LEAST_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** @throws UserAccounts.AccountRejected naming the password field, with the reason */
    static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < LEAST_LENGTH) {
            throw new UserAccounts.AccountRejected("password", "password_short", "at least " + LEAST_LENGTH + " characters",
                    LEAST_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > ThrottledSignIn.MAX_PASSWORD_BYTES) {
            throw new UserAccounts.AccountRejected("password", "password_long", "at most " + ThrottledSignIn.MAX_PASSWORD_BYTES
                    + " bytes (72 letters or digits, 24 Chinese characters)");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new UserAccounts.AccountRejected("password", "password_control", "no control characters");
        }
        Strength strength = ESTIMATOR.measure(password, username == null ? List.of("junheng") : List.of(username, "junheng"));
        if (strength.getScore() < LEAST_SCORE) {
            String warning = strength.getFeedback().getWarning();
            throw new UserAccounts.AccountRejected("password", "password_weak", "too easy to guess" + (warning == null || warning.isBlank()
                    ? "" : ": " + warning) + "; use a longer passphrase of unrelated words");
        }
    }
}
