package org.junheng.security;

import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account on first start, with the password of
 * {@code JUNHENG_ADMIN_PASSWORD} or, when that is unset, a generated one printed once.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class AdminAccount implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminAccount(UserAccounts accounts, @Value("${junheng.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        try {
            PasswordPolicy.check(password, ADMIN);
        } catch (UserAccounts.AccountRejected e) {
            throw new IllegalStateException("JUNHENG_ADMIN_PASSWORD 不符合密码要求 / is refused: " + e.getMessage()
                    + " — set a stronger one or leave it unset to have one generated", e);
        }
        accounts.create(ADMIN, password, Role.SYSTEM_ADMIN);
        if (generated) {
            System.out.println();
            System.out.println("  管理员账号已创建 / admin account created");
            System.out.println("  用户名 user:     " + ADMIN);
            System.out.println("  密码 password:   " + password);
            System.out.println("  此密码只显示这一次 / this password is shown only once");
            System.out.println();
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
