package org.junheng.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password12", "aaaaaaaaa1", "qwertyuiop", "1234567890", "abcd1234abcd", "qingling2025"})
    void commonAndTriviallyPatternedPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "qingling"))
                .isInstanceOfSatisfying(UserAccounts.AccountRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("too easy to guess");
                });
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("x7#Kq!2z", "qingling")).hasMessageContaining("at least 10");
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 200, 100_000})
    void aPasswordOfAnyLengthBeyondWhatBcryptReadsIsRefusedWithAReason(int length) {
        String password = "correct-horse-battery-staple-".repeat(length / 29 + 1).substring(0, length);

        assertThatThrownBy(() -> PasswordPolicy.check(password, "qingling"))
                .isInstanceOf(UserAccounts.AccountRejected.class).hasMessageContaining("72 bytes");
    }

    @Test
    void seventyTwoBytesOfChineseAreTwentyFourCharactersAndAccepted() {
        String password = "山高水长春风化雨桃李满天下教育均衡发展县域优质好";

        assertThatCode(() -> PasswordPolicy.check(password, "qingling")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(password + "啊", "qingling")).hasMessageContaining("72 bytes");
    }

    @Test
    void aPassphraseOfUnrelatedWordsIsAccepted() {
        assertThatCode(() -> PasswordPolicy.check("maple-river-quietly-2031", "qingling")).doesNotThrowAnyException();
    }

    @Test
    void theConfiguredAdminPasswordMeetsThePolicyOrTheServerDoesNotStart() {
        List<String> created = new ArrayList<>();
        UserAccounts accounts = new UserAccounts(null, null, null, null) {
            @Override
            public boolean exists(String username) {
                return false;
            }

            @Override
            public void create(String username, String rawPassword, Role role) {
                created.add(username);
            }
        };

        assertThatThrownBy(() -> new AdminAccount(accounts, "a").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JUNHENG_ADMIN_PASSWORD");
        assertThat(created).isEmpty();
        new AdminAccount(accounts, "").run(null);
        assertThat(created).containsExactly("admin");
    }
}
