package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a difference coefficient is within its limit, decided exactly (INDICATORS.md §7). Double
 * precision settles it unless the coefficient lies within a relative 1e-9 of the limit; there the
 * rule is decided in rational arithmetic on the reported figures: with A_i the amount of the
 * resource that falls to school-stage i and P_i its students, CV ≤ L exactly when
 * {@code P · Σ A_i² / P_i ≤ (1 + L²) · (Σ A_i)²} (the scale of the indicator cancels out).
 */
final class CoefficientDecision {

    private static final double UNSETTLED = 1e-9;

    private CoefficientDecision() {
    }

    static boolean withinLimit(double cv, BigDecimal limit, Indicator indicator, List<SchoolStage> parts) {
        if (Double.isNaN(cv)) {
            return false;
        }
        double l = limit.doubleValue();
        if (Math.abs(cv - l) > UNSETTLED * Math.abs(l) || indicator.studentsPer()) {
            return cv <= l;
        }
        Fraction sumOfSquares = Fraction.ZERO;
        Fraction sum = Fraction.ZERO;
        long students = 0;
        for (SchoolStage part : parts) {
            Fraction amount = part.exactAmount(indicator.resource());
            sumOfSquares = sumOfSquares.plus(amount.times(amount).dividedBy(Fraction.of(part.students())));
            sum = sum.plus(amount);
            students += part.students();
        }
        Fraction limitSquared = Fraction.of(limit).times(Fraction.of(limit));
        return Fraction.of(students).times(sumOfSquares).compareTo(Fraction.ONE.plus(limitSquared).times(sum.times(sum))) <= 0;
    }
}
