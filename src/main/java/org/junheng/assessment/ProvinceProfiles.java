package org.junheng.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.security.AuditTrail;
import org.junheng.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active profile of each province, kept in the database: the national one unless the province's
 * administrator set another. A change is audited and the province's kept results are made again.
 * Every look-up reads the province's stored text, so a profile set on another server sharing the
 * database is in use at once; only the parsing is remembered, per text.
 */
@Service
public class ProvinceProfiles {

    private final JdbcTemplate jdbc;
    private final Registry registry;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    /** The last text read per province and the profile parsed from it. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(String text, Profile profile) {
    }

    ProvinceProfiles(JdbcTemplate jdbc, Registry registry, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
    }

    /** The province code of any region code. */
    public static String provinceOf(String regionCode) {
        return new RegionCode(regionCode).province();
    }

    /** The profile a county (or any region code) is assessed by. */
    public Profile of(String regionCode) {
        if (regionCode == null || !RegionCode.isValid(regionCode)) {
            return Profile.national();
        }
        String province = provinceOf(regionCode);
        Optional<String> text = text(province);
        if (text.isEmpty()) {
            return Profile.national();
        }
        Parsed last = parsed.get(province);
        if (last != null && last.text().equals(text.get())) {
            return last.profile();
        }
        Profile profile = Profile.parse(text.get(), "province " + province);
        parsed.put(province, new Parsed(text.get(), profile));
        return profile;
    }

    /** The text of a province's own profile, if it set one. */
    public Optional<String> text(String provinceCode) {
        return jdbc.queryForList("SELECT profile_text FROM province_profile WHERE province_code = ?", String.class,
                provinceCode).stream().findFirst();
    }

    /**
     * Makes a profile the province's active one.
     *
     * @throws ProfileRejected naming the key at fault; nothing changes then
     * @throws IllegalArgumentException when the code is no registered province
     */
    @Transactional
    public Profile set(String provinceCode, String text) {
        if (!RegionCode.isValid(provinceCode) || new RegionCode(provinceCode).level() != RegionLevel.PROVINCE
                || registry.findRegion(provinceCode).isEmpty()) {
            throw new IllegalArgumentException("no province " + provinceCode);
        }
        Profile profile = Profile.parse(text, "province " + provinceCode);
        Profile before = of(provinceCode);
        jdbc.update("DELETE FROM province_profile WHERE province_code = ?", provinceCode);
        jdbc.update("INSERT INTO province_profile (province_code, profile_text, set_by, set_at) VALUES (?, ?, ?, ?)",
                provinceCode, text, CurrentUser.actor(), Timestamp.from(Instant.now()));
        audit.record("update", "profile", provinceCode, provinceCode, summary(before), summary(profile));
        events.publishEvent(new ProfileChanged(provinceCode));
        return profile;
    }

    /** Puts the province back on the national profile (audited; its kept results are made again). */
    @Transactional
    public void reset(String provinceCode) {
        Profile before = of(provinceCode);
        if (jdbc.update("DELETE FROM province_profile WHERE province_code = ?", provinceCode) == 0) {
            return;
        }
        audit.record("update", "profile", provinceCode, provinceCode, summary(before), summary(Profile.national()));
        events.publishEvent(new ProfileChanged(provinceCode));
    }

    private static Map<String, Object> summary(Profile profile) {
        Map<String, Object> values = new TreeMap<>();
        profile.settings().forEach((key, setting) -> values.put(key, setting.value()));
        return Map.of("profile", profile.name(), "values", values);
    }
}
