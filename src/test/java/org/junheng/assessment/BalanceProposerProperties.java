package org.junheng.assessment;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bisection for the least resource that brings a coefficient within its limit decides each level from
 * running sums and, near the limit (within a bound of their rounding error), from the two-pass sum; its decisions must be the two-pass sum's, so that the
 * proposals are the same to the last bit as when the two-pass sum decided every level.
 */
class BalanceProposerProperties {

    record SchoolStageFigures(double value, double students) {
    }

    @Provide
    Arbitrary<List<SchoolStageFigures>> stage() {
        // values from a few yuan per pupil to millions, a few large schools among many small ones
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles().between(0, 50),
                Arbitraries.doubles().between(0, 5_000_000), Arbitraries.of(0.0, 1.0, 12.5));
        Arbitrary<Double> students = Arbitraries.oneOf(Arbitraries.integers().between(50, 3000).map(n -> (double) n),
                Arbitraries.integers().between(10_000, 60_000).map(n -> (double) n));
        return Combinators.combine(value, students).as(SchoolStageFigures::new).list().ofMinSize(2).ofMaxSize(2000);
    }

    @Property(tries = 3000)
    void aLevelIsJudgedWithinTheLimitExactlyWhenTheTwoPassSumJudgesIt(
            @ForAll("stage") List<SchoolStageFigures> stage, @ForAll @DoubleRange(min = 0, max = 1) double where,
            @ForAll @DoubleRange(min = 0, max = 1) double lowEnd, @ForAll @DoubleRange(min = 0, max = 1) double highEnd,
            @ForAll @DoubleRange(min = 0.05, max = 1) double anyLimit, @ForAll @DoubleRange(min = -1, max = 1) double offset) {
        double[] values = stage.stream().mapToDouble(SchoolStageFigures::value).toArray();
        double[] students = stage.stream().mapToDouble(SchoolStageFigures::students).toArray();
        double total = 0;
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int i = 0; i < values.length; i++) {
            total += students[i];
            lowest = Math.min(lowest, values[i]);
            highest = Math.max(highest, values[i]);
        }
        double level = lowest + where * (highest - lowest);
        BalanceProposer.Filling filling = new BalanceProposer.Filling(values, students, total);
        // a bracket around the level, as the bisection narrows it
        filling.narrow(lowest + lowEnd * (level - lowest), level + highEnd * (highest - level));
        double exact = BalanceProposer.filledCoefficient(values, students, total, level);

        // any limit, and limits a hair's breadth from the coefficient (where the running sums must not decide)
        for (double limit : new double[] {anyLimit, exact, exact * (1 + 1e-8 * offset), Math.nextUp(exact), Math.nextDown(exact)}) {
            if (limit > 0 && Double.isFinite(limit)) {
                assertThat(filling.within(level, limit)).as("limit %s, coefficient %s", limit, exact)
                        .isEqualTo(exact <= limit);
            }
        }
    }
}
