package org.junheng.assessment;

import java.math.BigDecimal;

/**
 * When a school-stage is compliant: at least {@code minimumMet} indicators reach their standard and
 * every other one reaches at least {@code floorShare} of it (quality-2017: 6 of 7, and 85%).
 */
public record SchoolRule(int minimumMet, BigDecimal floorShare) {

    /**
     * The grade of one indicator value as the assessment reports it: {@code meets} as the engine decided
     * it (exactly, on the school's own figures), else near when the reported value reaches the floor.
     *
     * @param standard the indicator's standard (null: the indicator has none, and any value meets it)
     * @param meets    the engine's decision whether the value reaches the standard
     */
    public Grade grade(Double value, BigDecimal standard, Boolean meets) {
        if (value == null || value.isNaN()) {
            return Grade.UNKNOWN;
        }
        if (standard == null || Boolean.TRUE.equals(meets)) {
            return Grade.MEETS;
        }
        return BigDecimal.valueOf(value).compareTo(standard.multiply(floorShare)) >= 0 ? Grade.NEAR : Grade.BELOW;
    }
}
