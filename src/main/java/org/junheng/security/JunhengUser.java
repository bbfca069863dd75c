package org.junheng.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user with Junheng's role and scope. */
final class JunhengUser extends User {

    private final Role role;
    private final Scope scope;

    JunhengUser(String username, String passwordHash, boolean enabled, boolean unlocked, Role role, Scope scope) {
        super(username, passwordHash, enabled, true, true, unlocked, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.scope = scope;
    }

    Role role() {
        return role;
    }

    Scope scope() {
        return scope;
    }
}
