package org.junheng.assessment;

import java.math.BigDecimal;

import org.junheng.registry.School;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;

/**
 * The primary or junior part of a school, the unit of assessment. Per-stage counts are its own;
 * of whole-school resources it holds {@code share}, the weighted share of its students. Values are
 * computed in double precision; a comparison with a standard that double precision cannot settle
 * (within a relative 1e-9) is decided exactly in decimal, so 85% is 85% whatever the decimals.
 */
record SchoolStage(School school, Stage stage, int students, SchoolStatistics statistics, double share,
                   StageWeights weights, Exclusion exclusion) {

    private static final double UNSETTLED = 1e-9;

    boolean assessed() {
        return exclusion == null;
    }

    /** What adding one unit to the school adds to this stage: its share of whole-school resources, else 1. */
    double shareOf(Resource resource) {
        return resource.wholeSchool() ? share : 1;
    }

    /** The amount of a resource that falls to this stage. */
    double amount(Resource resource) {
        return resource.reportedAmount(statistics, stage) * shareOf(resource);
    }

    /** {@link #amount} of each resource, into {@code columns[k][row]} for {@code resources[k]}. */
    void amounts(Resource[] resources, double[][] columns, int row) {
        StageStatistics counts = statistics.stage(stage);
        for (int k = 0; k < resources.length; k++) {
            columns[k][row] = resources[k].reportedAmount(statistics, stage, counts) * shareOf(resources[k]);
        }
    }

    /** {@link #amount} exactly: the reported figure times this stage's weighted share of the school's students. */
    Fraction exactAmount(Resource resource) {
        BigDecimal reported = resource.reported(statistics, stage);
        Fraction amount = Fraction.of(reported == null ? BigDecimal.ZERO : reported);
        if (!resource.wholeSchool()) {
            return amount;
        }
        BigDecimal weighted = StageSplit.weightedStudents(statistics, weights);
        return weighted.signum() == 0 ? Fraction.ZERO
                : amount.times(Fraction.of(weights.of(stage).multiply(BigDecimal.valueOf(students)))).dividedBy(Fraction.of(weighted));
    }

    /** resource × scale / students. */
    double value(Resource resource, int scale) {
        return amount(resource) * scale / students;
    }

    /**
     * Whether resource × scale / students ≥ threshold, given that value ({@link #value}) and the threshold as a
     * double ({@code limit}), which the engine has at hand.
     */
    boolean valueAtLeast(Resource resource, BigDecimal threshold, double limit, int scale, double value) {
        if (Math.abs(value - limit) > UNSETTLED * Math.abs(limit)) {
            return value > limit;
        }
        // reported × numerator / denominator × scale / students ≥ threshold, without dividing
        BigDecimal numerator = BigDecimal.ONE;
        BigDecimal denominator = BigDecimal.ONE;
        if (resource.wholeSchool()) {
            numerator = weights.of(stage).multiply(BigDecimal.valueOf(students));
            denominator = StageSplit.weightedStudents(statistics, weights);
        }
        BigDecimal left = resource.reported(statistics, stage).multiply(numerator).multiply(BigDecimal.valueOf(scale));
        BigDecimal right = threshold.multiply(denominator).multiply(BigDecimal.valueOf(students));
        return left.compareTo(right) >= 0;
    }
}
