package org.junheng.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.junheng.registry.RegionCode;
import org.junheng.registry.School;

/**
 * What a user may see: everything, a region and everything below it, or one school (whose county
 * is then the region). Outside its scope a record does not exist for the user.
 *
 * @param regionCode a province, city or county code; null for everything
 * @param schoolCode one school; null unless the user works for a single school
 */
public record Scope(String regionCode, String schoolCode) implements java.io.Serializable {

    public static final Scope EVERYTHING = new Scope(null, null);

    public Scope {
        if (regionCode != null && !RegionCode.isValid(regionCode)) {
            throw new IllegalArgumentException("not a region code: " + regionCode);
        }
        if (schoolCode != null && regionCode == null) {
            throw new IllegalArgumentException("a school scope needs the school's county");
        }
    }

    public boolean isSchool() {
        return schoolCode != null;
    }

    /** Whether a county (or any region code) lies within the scope. */
    public boolean coversRegion(String code) {
        return code != null && (regionCode == null || prefix(code, regionCode));
    }

    public boolean coversSchool(String school, String countyCode) {
        return schoolCode == null ? coversRegion(countyCode) : schoolCode.equals(school);
    }

    /**
     * Whether a user of this scope may set up and change a programme (or another record of a
     * region, such as a person) owned by {@code ownerRegion}: a bureau whose region holds it
     * wholly. A school account owns nothing.
     */
    public boolean ownsRegion(String ownerRegion) {
        return !isSchool() && coversRegion(ownerRegion);
    }

    /**
     * Whether a user of this scope may write a record (activity, need, placement, outcome…) of a
     * programme owned by {@code ownerRegion} that names {@code schools}: the owner's bureaus write
     * any record of it; anyone else only records that name a school of their own — a county
     * officer a school of their county, a school account its school.
     */
    public boolean writesRecord(String ownerRegion, Collection<School> schools) {
        return ownsRegion(ownerRegion) || schools.stream().anyMatch(s -> coversSchool(s.code(), s.countyCode()));
    }

    /**
     * The region a request for {@code requested} may see: that region when it lies within the
     * scope, the scope's own region when the request asks for more; empty when the request is
     * outside the scope altogether.
     */
    public Optional<String> narrow(String requested) {
        Objects.requireNonNull(requested, "requested region");
        if (regionCode == null) {
            return Optional.of(requested);
        }
        if (prefix(requested, regionCode)) {
            return Optional.of(requested);
        }
        if (prefix(regionCode, requested)) {
            return Optional.of(regionCode);
        }
        return Optional.empty();
    }

    /** Whether {@code code} lies within {@code region} (a region lies within itself). */
    private static boolean prefix(String code, String region) {
        return new RegionCode(region).covers(code);
    }
}
