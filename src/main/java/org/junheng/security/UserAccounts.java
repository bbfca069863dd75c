package org.junheng.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user accounts, stored with BCrypt password hashes, each with a role and a scope. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    /**
     * Why a new account or password is refused: the field, a code a page words in the reader's language
     * ({@code account.rejected.<code>} with the arguments), and the reason in English for the API.
     */
    public static final class AccountRejected extends RuntimeException {

        private final String field;
        private final String code;
        private final Object[] arguments;

        AccountRejected(String field, String code, String message, Object... arguments) {
            super(message);
            this.field = field;
            this.code = code;
            this.arguments = arguments.clone();
        }

        public String field() {
            return field;
        }

        public String code() {
            return code;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Registry registry;
    private final AuditTrail audit;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Registry registry, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query("SELECT username, password_hash, role, enabled, scope_region, scope_school "
                        + "FROM app_user WHERE username = ?",
                (rs, i) -> new JunhengUser(rs.getString(1), rs.getString(2), rs.getBoolean(4), true, Role.fromKey(rs.getString(3)),
                        new Scope(rs.getString(5), rs.getString(6))), username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException(username);
        }
        return users.get(0);
    }

    public boolean exists(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0;
    }

    public List<UserAccount> list() {
        return jdbc.query("SELECT username, role, scope_region, scope_school, enabled, created_at FROM app_user ORDER BY username",
                (rs, i) -> new UserAccount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class)));
    }

    public Optional<UserAccount> find(String username) {
        return list().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** The region of a user's scope (null for everything or an unknown user), for the audit trail. */
    String regionOf(String username) {
        return find(username).map(UserAccount::region).orElse(null);
    }

    /** Creates an administrator with everything in scope (first start). */
    @Transactional
    public void create(String username, String rawPassword, Role role) {
        PasswordPolicy.check(rawPassword, username);
        insert(username, rawPassword, role, Scope.EVERYTHING);
    }

    /**
     * Creates a user whose scope fits the role: a province for a province officer, a county for a
     * county officer, a school for a school admin or teacher, any region (or everything) for a
     * researcher or inspector, everything for a system admin.
     *
     * @throws AccountRejected naming the field that is wrong
     */
    @Transactional
    public UserAccount create(String username, String rawPassword, String roleKey, String region, String school) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountRejected("username", "username_pattern", "3–64 letters, digits, '.', '_' or '-'");
        }
        if (exists(username)) {
            throw new AccountRejected("username", "username_taken", "already taken");
        }
        Role role;
        try {
            role = Role.fromKey(roleKey);
        } catch (IllegalArgumentException e) {
            throw new AccountRejected("role", "role_unknown", "unknown role " + roleKey);
        }
        PasswordPolicy.check(rawPassword, username);
        insert(username, rawPassword, role, scopeFor(role, region, school));
        UserAccount created = find(username).orElseThrow();
        audit.record("create", "user", username, created.region(), null, created);
        return created;
    }

    private Scope scopeFor(Role role, String region, String school) {
        return switch (role) {
            case SYSTEM_ADMIN -> Scope.EVERYTHING;
            case PROVINCE_OFFICER -> new Scope(region(region, RegionLevel.PROVINCE), null);
            case COUNTY_OFFICER -> new Scope(region(region, RegionLevel.COUNTY), null);
            case RESEARCHER, INSPECTOR -> region == null ? Scope.EVERYTHING : new Scope(region(region, null), null);
            case SCHOOL_ADMIN, TEACHER -> {
                School found = school == null ? null : registry.findSchool(school).orElse(null);
                if (found == null) {
                    throw new AccountRejected("school", "school_required", "a registered school is required for this role");
                }
                yield new Scope(found.countyCode(), found.code());
            }
        };
    }

    private String region(String code, RegionLevel level) {
        if (code == null || !RegionCode.isValid(code) || level != null && new RegionCode(code).level() != level) {
            throw new AccountRejected("region", "region_required", "a " + (level == null ? "region" : level.key()) + " code is required for this role");
        }
        if (registry.findRegion(code).isEmpty()) {
            throw new AccountRejected("region", "region_unregistered", "region " + code + " is not registered", code);
        }
        return code;
    }

    /**
     * Enables or disables an account. An administrator does not disable their own account: the last
     * one who could undo it would be locked out.
     */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserAccount before = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        if (!enabled && username.equals(CurrentUser.actor())) {
            throw new AccountRejected("username", "self_disable", "you cannot disable your own account");
        }
        jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username);
        audit.record("update", "user", username, before.region(), before, find(username).orElseThrow());
    }

    /**
     * The signed-in user changes their own password, giving the current one.
     *
     * @throws AccountRejected naming {@code currentPassword} when it is wrong, {@code password} when the new one
     *                         breaks the policy
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = CurrentUser.actor();
        String hash = jdbc.queryForList("SELECT password_hash FROM app_user WHERE username = ?", String.class, username)
                .stream().findFirst().orElseThrow(() -> new UsernameNotFoundException(username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new AccountRejected("currentPassword", "current_password_wrong", "the current password is not right");
        }
        resetPassword(username, newPassword);
    }

    @Transactional
    public void resetPassword(String username, String rawPassword) {
        PasswordPolicy.check(rawPassword, username);
        UserAccount account = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordEncoder.encode(rawPassword), username);
        // the hash itself is never written to the trail
        audit.record("update", "user", username, account.region(), Map.of("password", "old"), Map.of("password", "reset"));
    }

    private void insert(String username, String rawPassword, Role role, Scope scope) {
        jdbc.update("INSERT INTO app_user (username, password_hash, role, enabled, created_at, scope_region, scope_school) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                username, passwordEncoder.encode(rawPassword), role.key(), true, OffsetDateTime.now(), scope.regionCode(),
                scope.schoolCode());
    }
}
