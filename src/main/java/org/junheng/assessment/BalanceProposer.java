package org.junheng.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the least resource that brings a difference coefficient within its limit by raising the
 * lowest school-stages to a common level ("water-filling"). For a given amount added, raising the
 * lowest values to a common level gives the smallest weighted variance at the resulting mean, and
 * the coefficient falls as the level rises; so the lowest level that meets the limit needs the least
 * resource. That is exact for resources counted per stage and for single-stage schools; teachers and
 * rooms are then rounded up to whole units (the level is raised until the rounded plan meets the
 * limit), and a split school's whole-school resource is charged in full although the other stage
 * benefits too, so those plans are feasible but may exceed the minimum slightly.
 */
final class BalanceProposer {

    private static final int BISECTIONS = 200;
    private static final int MAX_RAISES = 10_000;
    /**
     * The estimate's rounding error in CV² is below 7e-16 × (n + 10) × (1 + CV²) for n school-stages: the sums of
     * pupils are exact, Σ w·v and Σ w·v² err by n units of 1e-16 of Σ w·v², and the sum of squares about the mean
     * does not move to first order with the mean. Near the limit within fifteen times that, the two-pass sum decides.
     */
    private static final double ESTIMATE_SETTLES_PER_SCHOOL_STAGE = 1e-14;

    private BalanceProposer() {
    }

    static BalanceProposal propose(Indicator indicator, List<SchoolStage> parts, double[] values, double[] students,
                                   double limit) {
        double before = DifferenceCoefficient.of(values, students);
        if (!(before > limit)) {
            return null; // within the limit, or undefined (county value 0): nothing to level
        }
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (double value : values) {
            lowest = Math.min(lowest, value);
            highest = Math.max(highest, value);
        }
        double totalStudents = 0;
        for (double count : students) {
            totalStudents += count;
        }
        double low = lowest;
        double high = highest;
        Filling filling = new Filling(values, students, totalStudents);
        for (int i = 0; i < BISECTIONS && high - low > 1e-12 * high; i++) {
            double level = (low + high) / 2;
            if (filling.within(level, limit)) {
                high = level;
            } else {
                low = level;
            }
            filling.narrow(low, high);
        }
        double level = high;
        Plan plan = new Plan(indicator, parts, values, students);
        double after = plan.raiseTo(level);
        // Whole teachers or rooms can overshoot the level in small schools; raise the level (past the
        // highest school if need be, where rounding matters less and less) until the rounded plan holds.
        for (int step = 0; after > limit && step < MAX_RAISES; step++) {
            level += Math.max((highest - level) / 100, highest / 100);
            after = plan.raiseTo(level);
        }
        return new BalanceProposal(indicator.code(), indicator.resource().unit(), before, after, plan.total,
                plan.additions());
    }

    /**
     * The coefficient once every value below {@code level} is raised to it, in two passes (the mean, then the
     * squares about it): the sum that decides each level of the bisection, the running sums of {@link Filling}
     * standing in for it only where they clearly can. A level found otherwise can differ in its last bits, and a
     * whole teacher or room more or fewer can follow from that.
     */
    static double filledCoefficient(double[] values, double[] students, double totalStudents, double level) {
        double weighted = 0;
        for (int i = 0; i < values.length; i++) {
            weighted += students[i] * Math.max(values[i], level);
        }
        double mean = weighted / totalStudents;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double deviation = Math.max(values[i], level) - mean;
            squares += students[i] * deviation * deviation;
        }
        return Math.sqrt(squares / totalStudents) / mean;
    }

    /**
     * The filled coefficient estimated from running sums: the values at or below the bracket's low end are raised
     * at any level in it, those at or above its high end are kept, and only the values inside the bracket are
     * visited, fewer and fewer as the bisection narrows it.
     */
    static final class Filling {

        private final double[] values;
        private final double[] students;
        private final double totalStudents;
        private final double settles;
        private final int[] open;
        private int openCount;
        private double raisedStudents;
        private double keptStudents;
        private double keptWeighted;
        private double keptSquares;

        Filling(double[] values, double[] students, double totalStudents) {
            this.values = values;
            this.students = students;
            this.totalStudents = totalStudents;
            this.settles = ESTIMATE_SETTLES_PER_SCHOOL_STAGE * (values.length + 10);
            this.open = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                open[openCount++] = i;
            }
        }

        /**
         * Whether the coefficient filled to {@code level} is within {@code limit}, as the two-pass sum decides it:
         * the estimate decides where it is clearly on one side, the two-pass sum near the limit, so the bisection
         * finds the level the two-pass sum alone finds, to the last bit.
         */
        boolean within(double level, double limit) {
            double estimate = squaredCoefficient(level);
            double square = limit * limit;
            return Math.abs(estimate - square) > settles * (1 + estimate) ? estimate <= square
                    : filledCoefficient(values, students, totalStudents, level) <= limit;
        }

        /** CV² at the level, from the running sums. */
        double squaredCoefficient(double level) {
            double raised = raisedStudents;
            double kept = keptStudents;
            double weighted = keptWeighted;
            double squares = keptSquares;
            for (int j = 0; j < openCount; j++) {
                int i = open[j];
                double value = values[i];
                if (value < level) {
                    raised += students[i];
                } else {
                    kept += students[i];
                    weighted += students[i] * value;
                    squares += students[i] * value * value;
                }
            }
            double mean = (level * raised + weighted) / totalStudents;
            double deviation = level - mean;
            double sumOfSquares = raised * deviation * deviation + squares - 2 * mean * weighted + mean * mean * kept;
            return Math.max(0, sumOfSquares) / totalStudents / (mean * mean);
        }

        void narrow(double low, double high) {
            int still = 0;
            for (int j = 0; j < openCount; j++) {
                int i = open[j];
                double value = values[i];
                if (value <= low) {
                    raisedStudents += students[i];
                } else if (value >= high) {
                    keptStudents += students[i];
                    keptWeighted += students[i] * value;
                    keptSquares += students[i] * value * value;
                } else {
                    open[still++] = i;
                }
            }
            openCount = still;
        }
    }

    /** What each school-stage below a level is given to reach it (whole units where the resource counts so). */
    private static final class Plan {

        private final Indicator indicator;
        private final List<SchoolStage> parts;
        private final double[] values;
        private final double[] students;
        private final double[] after;
        private final double[] given;
        private double total;

        Plan(Indicator indicator, List<SchoolStage> parts, double[] values, double[] students) {
            this.indicator = indicator;
            this.parts = parts;
            this.values = values;
            this.students = students;
            this.after = new double[values.length];
            this.given = new double[values.length];
        }

        /** Plans for {@code level}; returns the coefficient after. */
        double raiseTo(double level) {
            total = 0;
            for (int i = 0; i < values.length; i++) {
                after[i] = values[i];
                given[i] = 0;
                if (values[i] >= level) {
                    continue;
                }
                double share = parts.get(i).shareOf(indicator.resource());
                double toSchool = Gaps.toSchool((level - values[i]) * students[i] / indicator.scale(), share,
                        indicator.resource().unit());
                if (toSchool <= 0) {
                    continue;
                }
                after[i] = values[i] + toSchool * share * indicator.scale() / students[i];
                given[i] = toSchool;
                total += toSchool;
            }
            return DifferenceCoefficient.of(after, students);
        }

        List<BalanceProposal.ResourceAddition> additions() {
            List<BalanceProposal.ResourceAddition> additions = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (given[i] > 0) {
                    SchoolStage part = parts.get(i);
                    additions.add(new BalanceProposal.ResourceAddition(part.school().code(), part.school().name(), given[i]));
                }
            }
            return additions;
        }
    }
}
