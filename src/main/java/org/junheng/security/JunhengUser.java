package org.junheng.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user with Junheng's role and scope. */
final class JunhengUser extends User {

    private final Role role;
    private final Scope scope;
    private final boolean readOnly;

    JunhengUser(String username, String passwordHash, boolean enabled, boolean unlocked, Role role, Scope scope) {
        this(username, passwordHash, enabled, unlocked, role, scope, false);
    }

    private JunhengUser(String username, String passwordHash, boolean enabled, boolean unlocked, Role role, Scope scope,
                        boolean readOnly) {
        super(username, passwordHash, enabled, true, true, unlocked, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.scope = scope;
        this.readOnly = readOnly;
    }

    /** The same user as signed in by a token: a scope within theirs, perhaps reading only. */
    JunhengUser limitedTo(Scope narrower, boolean onlyReads) {
        return new JunhengUser(getUsername(), "", isEnabled(), true, role, scope.isSchool() ? scope : narrower,
                readOnly || onlyReads);
    }

    Role role() {
        return role;
    }

    Scope scope() {
        return scope;
    }

    /** Whether this sign-in (a read-only token) may only read. */
    boolean readOnly() {
        return readOnly;
    }
}
