package org.junheng.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, with what they may see. */
@Component
public class CurrentUser {

    private JunhengUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof JunhengUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in Junheng user");
    }

    public String username() {
        return user().getUsername();
    }

    /** Who makes a change: the signed-in user, or without one the operator of the command line. */
    public static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null) {
            return authentication.getName();
        }
        return "cli:" + System.getProperty("user.name", "operator");
    }

    public Role role() {
        return user().role();
    }

    public Scope scope() {
        return user().scope();
    }
}
