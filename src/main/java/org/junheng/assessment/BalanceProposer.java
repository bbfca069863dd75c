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
        double low = lowest;
        double high = highest;
        for (int i = 0; i < BISECTIONS && high - low > 1e-12 * high; i++) {
            double level = (low + high) / 2;
            if (filledCoefficient(values, students, level) <= limit) {
                high = level;
            } else {
                low = level;
            }
        }
        double level = high;
        Plan plan = plan(indicator, parts, values, students, level);
        double after = DifferenceCoefficient.of(plan.values(), students);
        // Whole teachers or rooms can overshoot the level in small schools; raise the level (past the
        // highest school if need be, where rounding matters less and less) until the rounded plan holds.
        for (int step = 0; after > limit && step < MAX_RAISES; step++) {
            level += Math.max((highest - level) / 100, highest / 100);
            plan = plan(indicator, parts, values, students, level);
            after = DifferenceCoefficient.of(plan.values(), students);
        }
        return new BalanceProposal(indicator.code(), indicator.resource().unit(), before, after, plan.total(),
                plan.additions());
    }

    /** The coefficient once every value below {@code level} is raised to it. */
    private static double filledCoefficient(double[] values, double[] students, double level) {
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < values.length; i++) {
            total += students[i];
            weighted += students[i] * Math.max(values[i], level);
        }
        double mean = weighted / total;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double deviation = Math.max(values[i], level) - mean;
            squares += students[i] * deviation * deviation;
        }
        return Math.sqrt(squares / total) / mean;
    }

    private record Plan(double[] values, double total, List<BalanceProposal.ResourceAddition> additions) {
    }

    private static Plan plan(Indicator indicator, List<SchoolStage> parts, double[] values, double[] students,
                             double level) {
        double[] after = values.clone();
        double total = 0;
        List<BalanceProposal.ResourceAddition> additions = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= level) {
                continue;
            }
            SchoolStage part = parts.get(i);
            double share = part.shareOf(indicator.resource());
            double toSchool = Gaps.toSchool((level - values[i]) * students[i] / indicator.scale(), share,
                    indicator.resource().unit());
            if (toSchool <= 0) {
                continue;
            }
            after[i] = values[i] + toSchool * share * indicator.scale() / students[i];
            total += toSchool;
            additions.add(new BalanceProposal.ResourceAddition(part.school().code(), part.school().name(), toSchool));
        }
        return new Plan(after, total, additions);
    }
}
