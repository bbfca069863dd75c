package org.junheng.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user accounts, stored with BCrypt password hashes. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query("SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?",
                (rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .authorities(new SimpleGrantedAuthority(Role.fromKey(rs.getString(3)).authority()))
                        .disabled(!rs.getBoolean(4)).build(), username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException(username);
        }
        return users.get(0);
    }

    public boolean exists(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0;
    }

    @Transactional
    public void create(String username, String rawPassword, Role role) {
        jdbc.update("INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, ?, ?)",
                username, passwordEncoder.encode(rawPassword), role.key(), true, OffsetDateTime.now());
    }
}
