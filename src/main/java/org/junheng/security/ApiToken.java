package org.junheng.security;

import java.time.OffsetDateTime;

/**
 * A personal API token as listed: never its secret, which is shown once when it is made.
 *
 * @param prefix      the first characters of the secret, to tell tokens apart
 * @param region      the region the token is limited to within its user's scope, or null for the user's scope
 * @param readOnly    whether the token only reads
 */
public record ApiToken(long id, String username, String name, String prefix, String region, boolean readOnly,
                       OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                       OffsetDateTime lastUsedAt) {

    /** A token just made, with its secret. */
    public record Issued(ApiToken token, String secret) {
    }
}
