package org.junheng.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as BCrypt hashes, by the server and by command-line tools alike. */
@Configuration
class PasswordConfiguration {

    /** @param strength BCrypt's log rounds: 10 by default; tests lower it, as every API call checks a password */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${junheng.password-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
