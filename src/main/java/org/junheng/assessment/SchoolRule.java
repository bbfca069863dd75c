package org.junheng.assessment;

import java.math.BigDecimal;

/**
 * When a school-stage is compliant: at least {@code minimumMet} indicators reach their standard and
 * every other one reaches at least {@code floorShare} of it (quality-2017: 6 of 7, and 85%).
 */
public record SchoolRule(int minimumMet, BigDecimal floorShare) {
}
