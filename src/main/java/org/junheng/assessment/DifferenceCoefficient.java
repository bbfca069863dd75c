package org.junheng.assessment;

/**
 * 差异系数: the enrolment-weighted coefficient of variation of school values around the county
 * value, {@code sqrt(Σ (P_i/P)(X_i − X̄)²) / X̄}, where X̄ = Σ (P_i/P) X_i is the county value.
 */
final class DifferenceCoefficient {

    private DifferenceCoefficient() {
    }

    /** The county value Σ P_i X_i / Σ P_i. */
    static double countyValue(double[] values, double[] students) {
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            weighted += students[i] * values[i];
            total += students[i];
        }
        return weighted / total;
    }

    /** The coefficient around a given county value, or NaN when that value is 0 (undefined). */
    static double of(double[] values, double[] students, double countyValue) {
        if (countyValue == 0) {
            return Double.NaN;
        }
        double total = 0;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double deviation = values[i] - countyValue;
            squares += students[i] * deviation * deviation;
            total += students[i];
        }
        return Math.sqrt(squares / total) / countyValue;
    }

    static double of(double[] values, double[] students) {
        return of(values, students, countyValue(values, students));
    }
}
