package org.junheng.assessment;

import java.math.BigDecimal;

/**
 * The part of a reported resource that belongs to one school-stage:
 * {@code reported × shareNumerator / shareDenominator}. Values are computed in double precision;
 * a comparison with a standard that double precision cannot settle (within a relative 1e-9) is
 * decided exactly in decimal, so 85% is 85% whatever the decimals.
 */
record StageResource(BigDecimal reported, BigDecimal shareNumerator, BigDecimal shareDenominator, double amount,
                     double share) {

    private static final double UNSETTLED = 1e-9;

    static StageResource of(BigDecimal reported, BigDecimal shareNumerator, BigDecimal shareDenominator) {
        double share = shareNumerator.doubleValue() / shareDenominator.doubleValue();
        return new StageResource(reported, shareNumerator, shareDenominator, reported.doubleValue() * share, share);
    }

    static StageResource whole(BigDecimal reported) {
        return new StageResource(reported, BigDecimal.ONE, BigDecimal.ONE, reported.doubleValue(), 1);
    }

    /** resource × scale / students. */
    double value(int scale, int students) {
        return amount * scale / students;
    }

    /** Whether resource × scale / students ≥ threshold. */
    boolean valueAtLeast(BigDecimal threshold, int scale, int students) {
        double value = value(scale, students);
        double limit = threshold.doubleValue();
        if (Math.abs(value - limit) > UNSETTLED * Math.max(Math.abs(limit), 1e-300)) {
            return value > limit;
        }
        BigDecimal left = reported.multiply(shareNumerator).multiply(BigDecimal.valueOf(scale));
        BigDecimal right = threshold.multiply(shareDenominator).multiply(BigDecimal.valueOf(students));
        return left.compareTo(right) >= 0;
    }
}
