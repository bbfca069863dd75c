package org.junheng.rotation.model;

/**
 * A school of the county: where it is (for distances and the rural rule) and how many eligible
 * teachers it has before the plan (for its headcount change).
 */
public record RotationSchool(String code, String name, boolean rural, Double longitude, Double latitude,
                             int candidatesBefore) {

    /** Great-circle distance in km, or null when either school has no coordinates. */
    public Double distanceKm(RotationSchool other) {
        if (longitude == null || latitude == null || other.longitude == null || other.latitude == null) {
            return null;
        }
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** The distance in km, 0 when either school has no coordinates (no distance to weigh). */
    public double distanceKmOrZero(RotationSchool other) {
        Double km = distanceKm(other);
        return km == null ? 0 : km;
    }
}
