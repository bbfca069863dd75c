package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The range each number of a profile must lie in, by the kind of key. */
final class ProfileRules {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProfileRules() {
    }

    static BigDecimal check(String key, Object value) {
        if (key.equals(Profile.ROOMS_COUNTED_BY_AREA)) {
            return yesOrNo(key, value);
        }
        BigDecimal number = number(key, value);
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (key.startsWith("limits.") || key.startsWith("basic_2012.limits.")) {
            return between(key, number, "0", false, "10", "a coefficient limit above 0");
        }
        if (key.startsWith("standards.") || key.startsWith("stage_weights.") || last.endsWith("_area")) {
            return positive(key, number);
        }
        if (last.equals("floor_share") || last.endsWith("_share") || last.equals("monitoring_difference")) {
            return between(key, number, "0", false, "1", "a share above 0 and at most 1");
        }
        if (last.equals("minimum_met")) {
            return whole(key, between(key, number, "1", true, "7", "a count of indicators from 1 to 7"));
        }
        if (last.equals("built_before")) {
            return whole(key, between(key, number, "1900", true, "2100", "a year"));
        }
        if (List.of("classes_per_room", "school_size", "through_school_size", "students_below").contains(last)) {
            return whole(key, positive(key, number));
        }
        if (last.equals("training_hours")) {
            return between(key, number, "0", false, "10000", "class hours above 0");
        }
        if (last.equals("training_years")) {
            return whole(key, between(key, number, "1", true, "10", "a number of years from 1 to 10"));
        }
        if (last.equals("basic_balance_years")) {
            return whole(key, between(key, number, "0", true, "100", "a number of years"));
        }
        if (last.equals("special_school_funding")) {
            return between(key, number, "0", true, "1000000", "yuan per student, 0 or more");
        }
        return between(key, number, "0", true, "100", "a percentage from 0 to 100");
    }

    /** A relaxation is given whole or not at all. */
    static void checkRelaxations(Map<String, Profile.Setting> settings) {
        for (String group : List.of("older_rooms", "small_rural_rooms", "existing_school_size")) {
            String prefix = "relaxations." + group + ".";
            long given = settings.keySet().stream().filter(k -> k.startsWith(prefix)).count();
            if (given > 0 && given < 3) {
                throw new ProfileRejected(prefix.substring(0, prefix.length() - 1),
                        "a relaxation needs all three of its values");
            }
        }
    }

    /** A rule that holds or not, kept as 1 or 0 like every other value of a profile. */
    private static BigDecimal yesOrNo(String key, Object value) {
        String text = value == null ? "" : value.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "yes", "1" -> BigDecimal.ONE;
            case "false", "no", "0" -> BigDecimal.ZERO;
            default -> throw new ProfileRejected(key, "true or false expected, not " + (value == null ? "nothing" : "'" + value + "'"));
        };
    }

    private static BigDecimal number(String key, Object value) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                // fall through to the refusal
            }
        }
        throw new ProfileRejected(key, "a number expected, not " + (value == null ? "nothing" : "'" + value + "'"));
    }

    private static BigDecimal positive(String key, BigDecimal number) {
        if (number.signum() <= 0) {
            throw new ProfileRejected(key, "must be above 0, not " + number.toPlainString());
        }
        return number;
    }

    private static BigDecimal between(String key, BigDecimal number, String low, boolean lowIncluded, String high,
                                      String what) {
        int below = number.compareTo(new BigDecimal(low));
        if (below < 0 || below == 0 && !lowIncluded || number.compareTo(new BigDecimal(high)) > 0) {
            throw new ProfileRejected(key, what + " expected, not " + number.toPlainString());
        }
        return number;
    }

    private static BigDecimal whole(String key, BigDecimal number) {
        if (number.stripTrailingZeros().scale() > 0) {
            throw new ProfileRejected(key, "a whole number expected, not " + number.toPlainString());
        }
        return number;
    }
}
