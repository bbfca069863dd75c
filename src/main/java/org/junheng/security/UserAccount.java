package org.junheng.security;

import java.time.OffsetDateTime;

/** A user as the user-management API shows it (never the password). */
public record UserAccount(String username, String role, String region, String school, boolean enabled,
                          OffsetDateTime createdAt) {
}
