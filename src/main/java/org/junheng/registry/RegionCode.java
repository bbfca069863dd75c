package org.junheng.registry;

import java.util.Optional;

/**
 * A six-digit administrative division code of GB/T 2260 (行政区划代码): two digits of province,
 * two of prefecture-level city, two of county. Level and parent follow from the digits.
 */
public record RegionCode(String value) {

    public RegionCode {
        if (value == null || !sixDigits(value) || value.startsWith("00")) {
            throw new IllegalArgumentException("not a GB/T 2260 code: " + value);
        }
        if (value.charAt(2) == '0' && value.charAt(3) == '0' && !value.endsWith("00")) {
            throw new IllegalArgumentException("not a GB/T 2260 code: " + value);
        }
    }

    private static boolean sixDigits(String value) {
        if (value.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static boolean isValid(String value) {
        try {
            new RegionCode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public RegionLevel level() {
        if (value.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        return value.endsWith("00") ? RegionLevel.CITY : RegionLevel.COUNTY;
    }

    /** The code prefix every region within this one shares: 33 for 330000, 3310 for 331000, all six digits of a county. */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value;
        };
    }

    /** The prefix of a region code (see {@link #prefix()}), or "" — everything — for null. */
    public static String prefixOf(String regionCode) {
        return regionCode == null ? "" : new RegionCode(regionCode).prefix();
    }

    /** Whether a region (by its code) lies within this one; a region lies within itself. */
    public boolean covers(String code) {
        return code != null && code.startsWith(prefix());
    }

    /** The code of the province the region lies in (a province's own code for a province). */
    public String province() {
        return value.substring(0, 2) + "0000";
    }

    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(new RegionCode(province()));
            case COUNTY -> Optional.of(new RegionCode(value.substring(0, 4) + "00"));
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
