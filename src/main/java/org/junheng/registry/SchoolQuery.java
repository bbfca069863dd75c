package org.junheng.registry;

/**
 * Filters for the school list; null means "any". A county filter of a province or city code
 * matches every school below it; {@code text} matches a part of a school's name or the start of its code.
 */
public record SchoolQuery(String regionCode, SchoolType type, LocationClass location, String schoolCode, String text) {

    public SchoolQuery(String regionCode, SchoolType type, LocationClass location, String schoolCode) {
        this(regionCode, type, location, schoolCode, null);
    }

    public SchoolQuery(String regionCode, SchoolType type, LocationClass location) {
        this(regionCode, type, location, null, null);
    }

    public static SchoolQuery all() {
        return new SchoolQuery(null, null, null);
    }

    /** The schools of a region (all when null) whose name holds the text or whose code starts with it. */
    public static SchoolQuery matching(String regionCode, String text) {
        return new SchoolQuery(regionCode, null, null, null, text == null || text.isBlank() ? null : text.strip());
    }
}
