package org.junheng.registry;

/** A school as registered: national 10-digit identifier 学校标识码, its county and site. Coordinates are WGS84, optional. */
public record School(String code, String name, SchoolType type, LocationClass location, String countyCode,
                     Double longitude, Double latitude) {
}
