package org.junheng.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.registry.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, for machine clients that should not send a password (and pay a BCrypt
 * check) with every request: random 256-bit secrets kept only as SHA-256 hashes, each with an
 * expiry, optionally limited to a region within the user's scope and to reading, revocable.
 */
@Service
public class ApiTokens {

    static final String SECRET_PREFIX = "jh_";
    static final int LONGEST_DAYS = 366;
    /** How often the last use of a token is written, at most. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc, UserAccounts accounts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    private static final RowMapper<ApiToken> TOKEN = (rs, i) -> new ApiToken(rs.getLong("id"), rs.getString("username"),
            rs.getString("name"), rs.getString("prefix"), rs.getString("scope_region"), rs.getBoolean("read_only"),
            at(rs.getTimestamp("created_at")), at(rs.getTimestamp("expires_at")), at(rs.getTimestamp("revoked_at")),
            at(rs.getTimestamp("last_used_at")));

    private static final String COLUMNS = "id, username, name, prefix, scope_region, read_only, created_at, expires_at, "
            + "revoked_at, last_used_at";

    /**
     * Makes a token for a user.
     *
     * @param region a region within the user's scope to limit the token to, or null
     * @throws UserAccounts.AccountRejected naming the field at fault
     */
    @Transactional
    public ApiToken.Issued issue(String username, String name, int days, String region, boolean readOnly) {
        JunhengUser user = (JunhengUser) accounts.loadUserByUsername(username);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new UserAccounts.AccountRejected("name", "token_name", "a name of at most 100 characters is required");
        }
        if (days < 1 || days > LONGEST_DAYS) {
            throw new UserAccounts.AccountRejected("days", "token_days", "a token lasts 1 to " + LONGEST_DAYS + " days");
        }
        if (region != null && (!RegionCode.isValid(region) || !user.scope().coversRegion(region) || user.scope().isSchool())) {
            throw new UserAccounts.AccountRejected("region", "token_region", "a region within your scope");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO api_token (username, name, token_hash, prefix, scope_region, read_only, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", username, name.strip(), hash(secret), secret.substring(0, 10), region,
                readOnly, Timestamp.from(now.toInstant()), Timestamp.from(now.plusDays(days).toInstant()));
        ApiToken token = jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ?", TOKEN, hash(secret)).get(0);
        audit.record("create", "api_token", String.valueOf(token.id()), user.scope().regionCode(), null, token);
        return new ApiToken.Issued(token, secret);
    }

    public List<ApiToken> of(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE username = ? ORDER BY id", TOKEN, username);
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", TOKEN, id).stream().findFirst();
    }

    @Transactional
    public void revoke(long id) {
        ApiToken before = find(id).orElseThrow();
        jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(OffsetDateTime.now().toInstant()), id);
        audit.record("revoke", "api_token", String.valueOf(id), accounts.regionOf(before.username()), before,
                Map.of("revoked", true));
    }

    /**
     * The user a secret signs in, with the token's scope and read-only flag; empty for an unknown,
     * expired or revoked token or a disabled user.
     */
    Optional<JunhengUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        List<ApiToken> found = jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ?", TOKEN, hash);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (found.isEmpty() || found.get(0).revokedAt() != null || !found.get(0).expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get(0);
        JunhengUser user;
        try {
            user = (JunhengUser) accounts.loadUserByUsername(token.username());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!user.isEnabled()) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(USE_RESOLUTION).isBefore(now)) {
            jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(now.toInstant()), token.id());
        }
        Scope scope = token.region() == null ? user.scope() : new Scope(token.region(), null);
        return Optional.of(user.limitedTo(scope, token.readOnly()));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
