package org.junheng.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Whether a difference coefficient is within its limit, decided exactly (docs/assessment.md, "What is computed"). Double
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
        if (Math.abs(cv - l) > UNSETTLED * Math.abs(l)) {
            return cv <= l;
        }
        Fraction square = exactSquare(indicator, parts);
        return square != null && square.compareTo(Fraction.of(limit).times(Fraction.of(limit))) <= 0;
    }

    /** CV² exactly, as a fraction: P · Σ A_i² / P_i / (Σ A_i)² − 1; null when the county has none of the resource. */
    static Fraction exactSquare(Indicator indicator, List<SchoolStage> parts) {
        Fraction sumOfSquares = Fraction.ZERO;
        Fraction sum = Fraction.ZERO;
        long students = 0;
        for (SchoolStage part : parts) {
            Fraction amount = part.exactAmount(indicator.resource());
            sumOfSquares = sumOfSquares.plus(amount.times(amount).dividedBy(Fraction.of(part.students())));
            sum = sum.plus(amount);
            students += part.students();
        }
        if (sum.numerator().signum() == 0) {
            return null;
        }
        return Fraction.of(students).times(sumOfSquares).dividedBy(sum.times(sum)).plus(Fraction.of(-1));
    }

    /** The composite coefficient 综合差异系数: the mean of the stage's coefficients, null when one is undefined. */
    static Double composite(List<IndicatorAssessment> indicators) {
        if (indicators.isEmpty() || indicators.stream().anyMatch(i -> i.cv() == null)) {
            return null;
        }
        return indicators.stream().mapToDouble(IndicatorAssessment::cv).sum() / indicators.size();
    }

    /**
     * Whether the composite coefficient is within its limit. Near the limit each coefficient is
     * recomputed from its exact square to 40 significant digits, which settles every case but a
     * mean that equals the limit to 40 digits without being it.
     */
    static boolean compositeWithinLimit(double composite, BigDecimal limit, List<Indicator> indicators,
                                        List<SchoolStage> parts) {
        double l = limit.doubleValue();
        if (Math.abs(composite - l) > UNSETTLED * Math.abs(l)) {
            return composite <= l;
        }
        MathContext precision = new MathContext(40);
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator indicator : indicators) {
            Fraction square = exactSquare(indicator, parts);
            if (square == null) {
                return false;
            }
            BigDecimal squared = new BigDecimal(square.numerator()).divide(new BigDecimal(square.denominator()), precision);
            sum = sum.add(squared.signum() <= 0 ? BigDecimal.ZERO : squared.sqrt(precision));
        }
        return sum.compareTo(limit.multiply(BigDecimal.valueOf(indicators.size()))) <= 0;
    }
}
