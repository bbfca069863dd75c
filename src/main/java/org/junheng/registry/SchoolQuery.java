package org.junheng.registry;

/**
 * Filters for the school list; null means "any". A county filter of a province or city code
 * matches every school below it.
 */
public record SchoolQuery(String regionCode, SchoolType type, LocationClass location, String schoolCode) {

    public SchoolQuery(String regionCode, SchoolType type, LocationClass location) {
        this(regionCode, type, location, null);
    }

    public static SchoolQuery all() {
        return new SchoolQuery(null, null, null);
    }
}
